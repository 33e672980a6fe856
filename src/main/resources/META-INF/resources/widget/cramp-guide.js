/*! cramp-guide widget: <cramp-guide api="https://your-api" emergency-number="911"></cramp-guide>. Plain JS, no build step. */
(function () {
  'use strict';
  if (!window.customElements || customElements.get('cramp-guide')) return;

  // Where this script came from: the default API is the service that served it.
  var SCRIPT = document.currentScript;
  var DEFAULT_API = SCRIPT && SCRIPT.src ? SCRIPT.src.replace(/[?#].*$/, '').replace(/\/widget\/[^/]*(\/[^/]*)?$/, '') : '';
  var TIMEOUT_MS = 15000;

  // Every question, option and answer comes from the service. These are only the headings of an answer's parts.
  var SECTIONS = [['redFlags', 'Why we say this'], ['safetyNet', 'If things change'], ['immediateSteps', 'What to do now'], ['likelyTriggers', 'Likely triggers'],
    ['prevention', 'Prevention'], ['cautions', 'Cautions']];
  // The one health sentence the widget owns: what to do when the service cannot be asked at all.
  var SAFETY = 'If you have chest pain, trouble breathing, sudden weakness or confusion, or one leg is swollen, red or warm, get medical help now.';

  var CSS = [
    // Type and colour sit on an inner element: host-page rules can match the host and would be inherited.
    ':host{display:block;max-width:42rem;container-type:inline-size}.cg{display:block;box-sizing:border-box;',
    'font:var(--cg-font-size,1rem)/1.5 var(--cg-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);',
    'color:var(--cg-text,#1b1b1b);background:var(--cg-bg,#fff);border:1px solid var(--cg-border,#c4c7cc);',
    'border-radius:var(--cg-radius,.5rem);padding:var(--cg-padding,1rem);overflow-wrap:anywhere}',
    ':host([hidden]){display:none}*,*::before,*::after{box-sizing:inherit}',
    'h2{font-size:1.35em;margin:0 0 .5em}h3{font-size:1.15em;margin:1.2em 0 .4em}h4{font-size:1em;margin:0 0 .2em}',
    'p{margin:.3em 0}fieldset{border:0;padding:0;margin:0}fieldset+fieldset{margin-top:1.5em}legend{font-weight:700;font-size:1.15em;padding:0;margin-bottom:.5em}',
    '.opts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,15rem),1fr));gap:.4rem}',
    'label{display:flex;align-items:center;gap:.6em;min-height:2.75rem;padding:.35em .7em;cursor:pointer;',
    'border:1px solid var(--cg-border,#c4c7cc);border-radius:var(--cg-radius,.5rem);background:var(--cg-option-bg,transparent)}',
    'label:has(input:checked){border-color:var(--cg-accent,#0b5cad);box-shadow:inset 0 0 0 1px var(--cg-accent,#0b5cad);font-weight:600}',
    'input{width:1.25em;height:1.25em;margin:0;flex:none;accent-color:var(--cg-accent,#0b5cad)}',
    'input[type=number]{width:7em;height:auto;font:inherit;padding:.4em;border:1px solid var(--cg-border,#767676);border-radius:.3em}',
    'button{font:inherit;font-weight:700;min-height:2.75rem;padding:.5em 1.2em;border-radius:var(--cg-radius,.5rem);cursor:pointer;',
    'color:var(--cg-button-text,#fff);background:var(--cg-accent,#0b5cad);border:2px solid var(--cg-accent,#0b5cad)}',
    'button:disabled{opacity:.6;cursor:progress}button.alt{color:var(--cg-accent,#0b5cad);background:transparent}',
    ':focus-visible{outline:3px solid var(--cg-focus,#f5a623);outline-offset:2px}[tabindex="-1"]:focus{outline:none}',
    '.hint{color:var(--cg-muted,#4a4f55);font-size:.92em}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
    '.step{color:var(--cg-muted,#4a4f55);font-size:.92em;margin:0 0 .3em}.ask{margin-top:1em}',
    '.err{color:var(--cg-error,#b00020);font-weight:600}',
    '.banner{border:3px solid;border-left-width:.7rem;border-radius:var(--cg-radius,.5rem);padding:.75em 1em;margin-bottom:1em}',
    '.banner h3{margin:0 0 .2em;font-size:1.3em;line-height:1.25}',
    '.emergency{color:var(--cg-emergency-text,#fff);background:var(--cg-emergency,#b00020);border-color:var(--cg-emergency-border,#5c0011)}',
    '.emergency a{color:inherit}.call{display:inline-block;margin-top:.5em;padding:.5em 1.2em;font-size:1.2em;font-weight:700;',
    'border:2px solid;border-radius:var(--cg-radius,.5rem);text-decoration:none}',
    '.prompt_medical_advice{color:var(--cg-prompt-text,#1b1b1b);background:var(--cg-prompt,#ffd7a8);border-color:var(--cg-prompt-border,#b34700)}',
    '.see_clinician{background:var(--cg-clinician,#fff4c2);border-color:var(--cg-clinician-border,#8a6d00)}',
    '.self_care{background:var(--cg-selfcare,#e3f4e6);border-color:var(--cg-selfcare-border,#2e7d32)}',
    'ol,ul{margin:0;padding-left:1.4em}li{margin:0 0 .8em}.refs{font-size:.88em;color:var(--cg-muted,#4a4f55)}',
    'a{color:var(--cg-link,#0b5cad)}.error{border:3px solid var(--cg-error,#b00020);border-radius:var(--cg-radius,.5rem);padding:.75em 1em}',
    '.disclaimer{margin-top:1.2em;padding-top:.8em;border-top:1px solid var(--cg-border,#c4c7cc);font-size:.9em}',
    '.row{display:flex;flex-wrap:wrap;gap:.6em;margin-top:1em}.diary{align-self:center;font-weight:700}',
    '.why{margin:0 0 .6em}.why p{margin:.2em 0 .4em;padding-left:.7em;border-left:3px solid var(--cg-border,#c4c7cc)}.whyb{color:var(--cg-link,#0b5cad);background:transparent;border:0;padding:.2em 0;text-decoration:underline}',
    '.whyb::before{content:"\\25B8  "/""}.whyb[aria-expanded=true]::before{content:"\\25BE  "/""}',
    // Until the person first acts, the box keeps the height of the first question (measured per width, with room for
    // a "Why we ask"), capped at a screen: the host page never moves when the answer arrives (CLS).
    '.cg{--r:102em}.held{min-height:min(var(--r),100svh)}@container (min-width:20rem){.cg{--r:86em}}',
    '@container (min-width:24rem){.cg{--r:76em}}@container (min-width:28rem){.cg{--r:72em}}',
    '@container (min-width:33rem){.cg{--r:57em}}@container (min-width:39rem){.cg{--r:53em}}'
  ].join('');

  // Build elements without innerHTML so answer text can never become markup.
  function h(tag, attrs) {
    var el = document.createElement(tag);
    for (var k in attrs || {}) {
      if (k === 'text') el.textContent = attrs[k];
      else if (k.slice(0, 2) === 'on') el.addEventListener(k.slice(2), attrs[k]);
      else if (attrs[k] !== false && attrs[k] != null) el.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
    }
    for (var i = 2; i < arguments.length; i++) if (arguments[i]) el.append(arguments[i]);
    return el;
  }

  function copy(o) { return JSON.parse(JSON.stringify(o)); }

  // A question without a topic (an older service) is a topic of its own.
  function topic(q) { return q.topic || q.id; }

  // The query in a fixed order, lists sorted, so equal situations share one CDN cache entry.
  function query(sit, answered) {
    var all = Object.assign({}, sit);
    if (answered.length) all.answered = answered;
    return Object.keys(all).sort().map(function (k) {
      var v = all[k];
      return k + '=' + (Array.isArray(v) ? v.slice().sort().map(encodeURIComponent).join(',') : encodeURIComponent(v));
    }).join('&');
  }

  class CrampGuide extends HTMLElement {}
  var P = CrampGuide.prototype;

  P.connectedCallback = function () {
    if (this.shadowRoot) return;
    var root = this.attachShadow({ mode: 'open' });
    // A constructed sheet is allowed under a strict style-src CSP; a <style> element is the fallback.
    if (root.adoptedStyleSheets && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.append(h('style', { text: CSS }));
    }
    var title = this.getAttribute('heading') || 'Muscle cramp guide';
    this.live = h('div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
    this.out = h('div', { class: 'out', part: 'result' });
    this.box = h('section', { class: 'cg held', 'aria-label': title }, h('h2', { text: title }), this.live, this.out);
    root.append(this.box);
    this.chosen = {};
    this.restart();
  };

  // Back to the first question; what was chosen before stays ticked.
  P.restart = function () {
    this.sit = {};
    this.answered = [];
    this.trail = [];
    this.ask();
  };

  P.ask = function () {
    var self = this;
    var api = (this.getAttribute('api') || DEFAULT_API).replace(/\/+$/, '');
    var q = query(this.sit, this.answered);
    this.out.setAttribute('aria-busy', 'true');
    this.out.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
    var ctl = window.AbortController ? new AbortController() : null;
    var timer = setTimeout(function () { if (ctl) ctl.abort(); }, TIMEOUT_MS);
    fetch(api + '/v1/guidance' + (q ? '?' + q : ''),
      { headers: { Accept: 'application/json' }, signal: ctl && ctl.signal, credentials: 'omit' })
      .then(function (res) {
        return res.json().catch(function () { return null; }).then(function (body) {
          self.dispatchEvent(new CustomEvent('cramp-guide:answer', { detail: { query: q, status: res.status, body: body }, bubbles: true, composed: true }));
          if (!res.ok || !body || !body.careLevel) throw { status: res.ok ? 502 : res.status, body: body };
          self.g = body;
          self.show(body);
        });
      })
      .catch(function (err) { self.fail(err); })
      .then(function () { clearTimeout(timer); self.out.removeAttribute('aria-busy'); });
  };

  P.show = function (g) {
    var qs = g.careLevel === 'emergency' ? [] : g.questions || [];
    // One screen asks the first question with the others listed on the same topic (the table groups them).
    var screen = qs.filter(function (x) { return topic(x) === topic(qs[0]); }), parts = [], focus, said;
    // Something to act on is shown at once; plain background advice waits until the questions are done.
    if (!qs.length || g.careLevel !== 'self_care' || (g.immediateSteps || []).length) {
      var answer = this.answer(g, !qs.length);
      parts.push(answer[0]);
      focus = answer[1];
      said = answer[2];
    }
    var self = this;
    if (qs.length) {
      var topics = [];
      qs.forEach(function (x) { if (topics.indexOf(topic(x)) < 0) topics.push(topic(x)); });
      var n = this.trail.length + 1, step = 'Step ' + n + ' of about ' + (n + topics.length - 1);
      var sets = screen.map(function (q) {
        return h('fieldset', { 'data-q': q.id }, h('legend', { tabindex: '-1', text: q.text }), self.why(q), self.options(q));
      });
      var form = h.apply(null, ['form', { class: 'ask', novalidate: true, onsubmit: function (e) { e.preventDefault(); self.next(screen, form); } },
        h('p', { class: 'step', text: step })].concat(sets, [h('p', { class: 'err', role: 'alert' }),
        h('div', { class: 'row' }, h('button', { type: 'submit', text: 'Next' }),
          this.trail.length ? h('button', { type: 'button', class: 'alt', text: 'Back', onclick: this.back.bind(this) }) : null,
          this.answered.length ? h('button', { type: 'button', class: 'alt', text: 'Show the answer so far', onclick: function () { self.trail.push({ sit: copy(self.sit), answered: self.answered.slice(), g: g }); self.show(Object.assign({}, g, { questions: [] })); } }) : null)]));
      parts.push(form);
      focus = sets[0].firstChild;
      said = (said ? said + ' ' : '') + step + '.';
    } else {
      parts.push(h('div', { class: 'row' }, h('button', { type: 'button', class: 'alt', text: 'Change my answers', onclick: this.change.bind(this) }),
        this.trail.length ? h('button', { type: 'button', class: 'alt', text: 'Back', onclick: this.back.bind(this) }) : null,
        g.careLevel === 'emergency' ? null : this.diary()));
    }
    this.out.replaceChildren.apply(this.out, parts);
    // Once the person has acted, each new screen takes focus and is announced; the first one waits to be used.
    if (this.acted) {
      focus.focus({ preventScroll: true });
      this.scrollIntoView({ block: 'start' });
    }
    this.live.textContent = said;
  };

  // The answer block: banner first (care level in words, tap-to-call for an emergency), then its parts.
  P.answer = function (g, final) {
    var refs = {}, counts = {}, parts = [];
    (g.references || []).forEach(function (r) { refs[r.id] = r; });
    var title = g.careLevelTitle || g.careLevel;
    var heading = h('h3', { tabindex: '-1', text: title });
    var tel = (this.getAttribute('emergency-number') || '').replace(/[^0-9+*#]/g, '');
    var banner = h('div', { class: 'banner ' + g.careLevel, 'data-care-level': g.careLevel, 'data-screened': String(!!g.screened) },
      heading, g.summary ? h('p', { text: g.summary }) : null,
      g.careLevel === 'emergency' && tel ? h('a', { class: 'call', href: 'tel:' + tel, text: 'Call ' + tel }) : null);
    parts.push(banner);
    SECTIONS.forEach(function (s) {
      var items = g[s[0]] || [];
      // While questions remain, only warnings and what to do now: the rest may still change.
      if (!items.length || (!final && s[0] !== 'redFlags' && s[0] !== 'safetyNet' && s[0] !== 'immediateSteps')) return;
      counts[s[0]] = items.length;
      var list = h(s[0] === 'immediateSteps' ? 'ol' : 'ul');
      items.forEach(function (it) {
        var cites = h('p', { class: 'refs' }, 'Sources: ');
        (it.references || []).forEach(function (id, i) {
          var r = refs[id] || { title: id };
          if (i) cites.append('; ');
          cites.append(r.url ? h('a', { href: r.url, target: '_blank', rel: 'noopener noreferrer', text: r.title }) : r.title);
        });
        list.append(h('li', { 'data-id': it.id }, h('h4', { text: it.title }), h('p', { text: it.text }), cites));
      });
      parts.push(h('section', { class: s[0] }, h('h3', { text: s[1] }), list));
    });
    parts.push(h('p', { class: 'disclaimer', text: g.disclaimer || SAFETY }));
    this.dispatchEvent(new CustomEvent('cramp-guide:result', { detail: { careLevel: g.careLevel, screened: !!g.screened, final: final }, bubbles: true, composed: true }));
    var said = (final ? 'Guidance ready. ' : '') + title + '.' + (counts.immediateSteps ? ' ' + counts.immediateSteps + ' steps to do now.' : '');
    return [h.apply(null, ['div', { class: 'answer' }].concat(parts)), heading, said];
  };

  // The diary lives on the service's own origin (a host page cannot read it); what was said goes in the fragment,
  // which browsers never send to a server.
  P.diary = function () {
    var sit = this.sit, api = (this.getAttribute('api') || DEFAULT_API).replace(/\/+$/, '');
    var add = query({ muscle: sit.muscle, when: sit.when, factors: sit.factors, 'exercise.hot': sit['exercise.hot'] }, [])
      .split('&').filter(function (kv) { return !/=(undefined)?$/.test(kv); }).join('&');
    return h('a', { class: 'diary', href: api + '/diary/index.html#' + add, target: '_blank', rel: 'noopener', text: 'Add to my diary' });
  };

  // Contract v1.2: a question may say why it is asked; shown on request, under the question.
  P.why = function (q) {
    if (!q.why) return null;
    var text = h('p', { id: 'why-' + q.id, hidden: true, text: q.why });
    var btn = h('button', { type: 'button', class: 'whyb', 'aria-expanded': 'false', 'aria-controls': 'why-' + q.id, text: 'Why we ask',
      onclick: function () { text.hidden = !text.hidden; btn.setAttribute('aria-expanded', String(!text.hidden)); } });
    return h('div', { class: 'why' }, btn, text);
  };

  // One control per option, as the service sent them; "None of these" is a choice of its own.
  P.options = function (q) {
    var box = h('div', { class: 'opts' }), was = this.chosen[q.id], name = 'q-' + q.id;
    if (q.kind === 'number') {
      box.append(h('label', null, h('input', { type: 'number', name: name, inputmode: 'numeric', min: q.min, max: q.max,
        value: was && was.length ? was[0] : null, 'aria-label': q.text })));
      return box;
    }
    var many = q.kind === 'many', type = many ? 'checkbox' : 'radio';
    (q.options || []).forEach(function (o, i) {
      box.append(h('label', null, h('input', { type: type, name: name, value: String(i), checked: !!was && was.indexOf(i) >= 0 }),
        h('span', { text: o.label })));
    });
    if (many) {
      var none = h('input', { type: 'checkbox', name: name, value: 'none', checked: !!was && !was.length });
      box.append(h('label', null, none, h('span', { text: 'None of these' })));
      // "None" and the options exclude each other.
      box.addEventListener('change', function (e) {
        box.querySelectorAll('input').forEach(function (i) { if (e.target.checked && (i === none) !== (e.target === none)) i.checked = false; });
      });
    }
    return box;
  };

  // Reads every question on the screen; nothing is sent until each one is answered.
  P.next = function (screen, form) {
    var self = this, picks = [], err = form.querySelector('.err');
    for (var k = 0; k < screen.length; k++) {
      var q = screen[k], set = form.querySelector('fieldset[data-q="' + q.id + '"]'), inputs = set.querySelectorAll('input'), picked = [], none = false;
      inputs.forEach(function (i) {
        if (i.type === 'number') { if (i.value !== '') picked.push(i.value); } else if (i.checked) { if (i.value === 'none') none = true; else picked.push(+i.value); }
      });
      var missing = q.kind === 'number' ? picked.length && !inputs[0].checkValidity() && 'Please give a number from ' + q.min + ' to ' + q.max + '.'
        : !picked.length && !none && (q.kind === 'many' ? 'Choose what applies, or None of these.' : 'Choose one answer.');
      if (missing) {
        err.textContent = (screen.length > 1 ? q.text + ' ' : '') + missing;
        return;
      }
      picks.push(picked);
    }
    // The first action releases the reserved height; a shift within 500 ms of input is not counted as CLS.
    this.acted = true;
    this.box.classList.remove('held');
    this.trail.push({ sit: copy(this.sit), answered: this.answered.slice(), g: this.g });
    screen.forEach(function (q, k) {
      self.chosen[q.id] = picks[k];
      self.apply(q, picks[k]);
      if (self.answered.indexOf(q.id) < 0) self.answered.push(q.id);
    });
    this.ask();
  };

  // Puts an answer into the situation: a list field keeps what other questions put there.
  P.apply = function (q, picked) {
    var sit = this.sit;
    if (q.kind === 'number') {
      if (picked.length) sit[q.field] = +picked[0]; else delete sit[q.field];
      return;
    }
    var list = q.kind === 'many' && !(q.options || []).some(function (o) { return o.field; });
    var mine = (q.options || []).map(function (o) { return String(o.value); });
    if (list) {
      var kept = (sit[q.field] || []).filter(function (v) { return mine.indexOf(v) < 0; });
      picked.forEach(function (i) { kept.push(String(q.options[i].value)); });
      if (kept.length) sit[q.field] = kept; else delete sit[q.field];
      return;
    }
    (q.options || []).forEach(function (o) { delete sit[o.field || q.field]; });
    picked.forEach(function (i) { var o = q.options[i]; sit[o.field || q.field] = o.value; });
  };

  P.back = function () {
    var t = this.trail.pop();
    this.sit = t.sit;
    this.answered = t.answered;
    this.g = t.g;
    this.show(t.g);
  };

  P.change = function () {
    var first = this.trail[0];
    if (!first) return this.restart();
    this.trail = [];
    this.sit = first.sit;
    this.answered = first.answered;
    this.g = first.g;
    this.show(first.g);
  };

  P.fail = function (err) {
    var msg;
    if (err && err.status >= 500) msg = 'The cramp guide service is having a problem right now. Please try again in a moment.';
    else if (err && err.status) {
      var fields = ((err.body && err.body.errors) || []).map(function (e) { return e.field; }).join(', ');
      msg = 'The cramp guide could not use your answers' + (fields ? ' (' + fields + ')' : '') + '. Please try again.';
    } else msg = 'We could not reach the cramp guide. Check your internet connection, then try again.';
    var retry = h('button', { type: 'button', text: 'Try again', onclick: this.ask.bind(this) });
    this.out.replaceChildren(h('div', { class: 'error', role: 'alert' },
      h('h3', { text: 'Guidance not available' }), h('p', { text: msg }), h('p', { text: SAFETY }),
      h('div', { class: 'row' }, retry,
        this.trail.length ? h('button', { type: 'button', class: 'alt', text: 'Back', onclick: this.back.bind(this) }) : null)));
    this.live.textContent = '';
    retry.focus();
  };

  customElements.define('cramp-guide', CrampGuide);
})();
