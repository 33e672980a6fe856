/*! cramp-guide widget: <cramp-guide api="https://your-api"></cramp-guide>. Plain JS, no build step. */
(function () {
  'use strict';
  if (!window.customElements || customElements.get('cramp-guide')) return;

  // Where this script came from: the default API is the service that served it.
  var SCRIPT = document.currentScript;
  var DEFAULT_API = SCRIPT && SCRIPT.src ? SCRIPT.src.replace(/[?#].*$/, '').replace(/\/widget\/[^/]*(\/[^/]*)?$/, '') : '';
  var TIMEOUT_MS = 15000;

  var MUSCLES = [['calf', 'Calf (back of the lower leg)'], ['foot', 'Foot or toes'], ['hamstring', 'Back of the thigh'],
    ['thigh', 'Front of the thigh'], ['hand', 'Hand or fingers'], ['other', 'Somewhere else']];
  var WHEN = [['exercise', 'During exercise'], ['after_exercise', 'After exercise'], ['night', 'In bed or at night'],
    ['rest', 'Sitting or resting'], ['walking', 'While walking']];
  var NOW = [['crampingNow', 'It is cramping right now'], ['stillLocked', 'The muscle is still tight or locked'],
    ['soreAfterwards', 'It has eased but the muscle is sore']];
  var EXERCISE = [['exercise.hot', 'It was hot'], ['exercise.heavySweating', 'I sweated a lot'],
    ['exercise.harderThanTrained', 'Harder or longer than I am used to']];
  var SIGNS = [['one_leg_swollen', 'One leg is swollen'], ['one_leg_red', 'One leg is red'],
    ['one_leg_warm', 'One leg feels warm'], ['one_leg_very_tender', 'One leg is very tender to touch'],
    ['chest_pain', 'Chest pain'], ['short_of_breath', 'Short of breath'],
    ['weakness', 'Weakness in the leg or arm'], ['numbness', 'Numbness or tingling'],
    ['severe', 'The pain is severe'], ['frequent', 'Cramps happen often'],
    ['not_improving_with_stretching', 'Stretching does not help']];

  // Text, not only colour, says how urgent the answer is.
  var LEVELS = {
    emergency: ['Emergency', 'Call your local emergency number now.'],
    prompt_medical_advice: ['Get medical advice today', 'Contact a doctor, urgent care or a nurse line promptly.'],
    see_clinician: ['See a doctor', 'Book a visit with a doctor or physiotherapist.'],
    self_care: ['Self-care', 'This can usually be handled at home.']
  };
  var SECTIONS = [['redFlags', 'Why we say this'], ['immediateSteps', 'What to do now'], ['likelyTriggers', 'Likely triggers'],
    ['prevention', 'Prevention'], ['cautions', 'Cautions']];
  var SAFETY = 'If you have chest pain, trouble breathing, or one leg is swollen, red or warm, get medical help now.';

  var CSS = [
    // Type and colour sit on an inner element: host-page rules can match the host and would be inherited.
    ':host{display:block;max-width:42rem}.cg{display:block;box-sizing:border-box;',
    'font:var(--cg-font-size,1rem)/1.5 var(--cg-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);',
    'color:var(--cg-text,#1b1b1b);background:var(--cg-bg,#fff);border:1px solid var(--cg-border,#c4c7cc);',
    'border-radius:var(--cg-radius,.5rem);padding:var(--cg-padding,1rem);overflow-wrap:anywhere}',
    ':host([hidden]){display:none}*,*::before,*::after{box-sizing:inherit}',
    'h2{font-size:1.35em;margin:0 0 .5em}h3{font-size:1.15em;margin:1.2em 0 .4em}h4{font-size:1em;margin:0 0 .2em}',
    'p{margin:.3em 0}fieldset{border:0;padding:0;margin:0 0 1em}legend{font-weight:700;padding:0;margin-bottom:.3em}',
    '.opts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,13rem),1fr));gap:.35rem}',
    'label{display:flex;align-items:center;gap:.6em;min-height:2.75rem;padding:.35em .7em;cursor:pointer;',
    'border:1px solid var(--cg-border,#c4c7cc);border-radius:var(--cg-radius,.5rem);background:var(--cg-option-bg,transparent)}',
    'label:has(input:checked){border-color:var(--cg-accent,#0b5cad);box-shadow:inset 0 0 0 1px var(--cg-accent,#0b5cad);font-weight:600}',
    'input{width:1.25em;height:1.25em;margin:0;flex:none;accent-color:var(--cg-accent,#0b5cad)}',
    'button{font:inherit;font-weight:700;min-height:2.75rem;padding:.5em 1.2em;border-radius:var(--cg-radius,.5rem);cursor:pointer;',
    'color:var(--cg-button-text,#fff);background:var(--cg-accent,#0b5cad);border:2px solid var(--cg-accent,#0b5cad)}',
    'button:disabled{opacity:.6;cursor:progress}button.alt{color:var(--cg-accent,#0b5cad);background:transparent}',
    ':focus-visible{outline:3px solid var(--cg-focus,#f5a623);outline-offset:2px}',
    '.hint{color:var(--cg-muted,#4a4f55);font-size:.92em}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
    '.out{margin-top:1.2em;scroll-margin-top:1rem}.out:empty{display:none}',
    '.banner{border:3px solid;border-left-width:.7rem;border-radius:var(--cg-radius,.5rem);padding:.75em 1em;margin-bottom:1em}',
    '.banner h3{margin:0 0 .2em;font-size:1.3em;line-height:1.25}',
    '.emergency{color:var(--cg-emergency-text,#fff);background:var(--cg-emergency,#b00020);border-color:var(--cg-emergency-border,#5c0011)}',
    '.prompt_medical_advice{color:var(--cg-prompt-text,#1b1b1b);background:var(--cg-prompt,#ffd7a8);border-color:var(--cg-prompt-border,#b34700)}',
    '.see_clinician{background:var(--cg-clinician,#fff4c2);border-color:var(--cg-clinician-border,#8a6d00)}',
    '.self_care{background:var(--cg-selfcare,#e3f4e6);border-color:var(--cg-selfcare-border,#2e7d32)}',
    'ol,ul{margin:0;padding-left:1.4em}li{margin:0 0 .8em}.refs{font-size:.88em;color:var(--cg-muted,#4a4f55)}',
    'a{color:var(--cg-link,#0b5cad)}.error{border:3px solid var(--cg-error,#b00020);border-radius:var(--cg-radius,.5rem);padding:.75em 1em}',
    '.disclaimer{margin-top:1.2em;padding-top:.8em;border-top:1px solid var(--cg-border,#c4c7cc);font-size:.9em}',
    '.row{display:flex;flex-wrap:wrap;gap:.6em;margin-top:1em}'
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

  function group(legend, name, type, options, hint) {
    var box = h('div', { class: 'opts' });
    options.forEach(function (o) {
      box.append(h('label', null, h('input', { type: type, name: name, value: o[0] }), h('span', { text: o[1] })));
    });
    return h('fieldset', null, h('legend', { text: legend }), hint ? h('p', { class: 'hint', text: hint }) : null, box);
  }

  class CrampGuide extends HTMLElement {}

  CrampGuide.prototype.connectedCallback = function () {
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
    var self = this;
    var title = this.getAttribute('heading') || 'Muscle cramp guide';
    this.form = h('form', { novalidate: true, onsubmit: function (e) { e.preventDefault(); self.ask(); } },
      group('Which muscle is cramping?', 'muscle', 'radio', MUSCLES),
      group('What were you doing when it started?', 'when', 'radio', WHEN),
      h('div', { class: 'exercise', hidden: true }, group('About the exercise', 'ex', 'checkbox', EXERCISE, 'Tick any that apply.')),
      group('How is it now?', 'now', 'checkbox', NOW, 'Tick any that apply.'),
      group('Warning signs', 'symptoms', 'checkbox', SIGNS, 'Tick any you have. Leave all empty if none.'),
      h('div', { class: 'row' }, h('button', { type: 'submit', text: 'Get guidance' })));
    this.form.addEventListener('change', function () {
      var w = self.form.elements.when.value;
      self.form.querySelector('.exercise').hidden = !(w === 'exercise' || w === 'after_exercise');
    });
    this.live = h('div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
    this.out = h('div', { class: 'out', part: 'result' });
    root.append(h('section', { class: 'cg', 'aria-label': title }, h('h2', { text: title }),
      h('p', { class: 'hint', text: 'Answer what you can, then press Get guidance. Nothing here is a diagnosis.' }),
      this.form, this.live, this.out));
  };

  // The query in a fixed order so equal situations share one CDN cache entry.
  CrampGuide.prototype.query = function () {
    var f = this.form, q = [];
    ['muscle', 'when'].forEach(function (n) { if (f.elements[n].value) q.push(n + '=' + encodeURIComponent(f.elements[n].value)); });
    var showEx = !f.querySelector('.exercise').hidden;
    f.querySelectorAll('input[name=now]:checked').forEach(function (i) { q.push(i.value + '=true'); });
    if (showEx) f.querySelectorAll('input[name=ex]:checked').forEach(function (i) { q.push(i.value + '=true'); });
    var s = [];
    f.querySelectorAll('input[name=symptoms]:checked').forEach(function (i) { s.push(i.value); });
    if (s.length) q.push('symptoms=' + s.join(','));
    return q.join('&');
  };

  CrampGuide.prototype.ask = function (query) {
    var self = this;
    var api = (this.getAttribute('api') || DEFAULT_API).replace(/\/+$/, '');
    this.lastQuery = query == null ? this.query() : query;
    var btn = this.form.querySelector('button[type=submit]');
    btn.disabled = true;
    this.out.setAttribute('aria-busy', 'true');
    this.out.replaceChildren(h('p', { text: 'Getting your guidance…' }));
    var ctl = window.AbortController ? new AbortController() : null;
    var timer = setTimeout(function () { if (ctl) ctl.abort(); }, TIMEOUT_MS);
    fetch(api + '/v1/guidance' + (this.lastQuery ? '?' + this.lastQuery : ''),
      { headers: { Accept: 'application/json' }, signal: ctl && ctl.signal, credentials: 'omit' })
      .then(function (res) {
        return res.json().catch(function () { return null; }).then(function (body) {
          if (!res.ok || !body || !body.careLevel) throw { status: res.ok ? 502 : res.status, body: body };
          self.show(body);
        });
      })
      .catch(function (err) { self.fail(err); })
      .then(function () { clearTimeout(timer); btn.disabled = false; self.out.removeAttribute('aria-busy'); });
  };

  CrampGuide.prototype.show = function (g) {
    var refs = {};
    (g.references || []).forEach(function (r) { refs[r.id] = r; });
    var level = LEVELS[g.careLevel] || [g.careLevel, ''];
    // The care level comes first and takes focus, so it is what is seen and heard first.
    var heading = h('h3', { tabindex: '-1', text: level[0] });
    var parts = [h('div', { class: 'banner ' + g.careLevel, 'data-care-level': g.careLevel },
      heading, h('p', { text: level[1] }), g.summary ? h('p', { text: g.summary }) : null)];
    var counts = {};
    SECTIONS.forEach(function (s) {
      var items = g[s[0]] || [];
      counts[s[0]] = items.length;
      if (!items.length) return;
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
    parts.push(h('p', { class: 'disclaimer', text: g.disclaimer || SAFETY }),
      h('div', { class: 'row' }, h('button', { type: 'button', class: 'alt', text: 'Change answers', onclick: this.edit.bind(this) })));
    this.out.replaceChildren.apply(this.out, parts);
    heading.focus({ preventScroll: true });
    this.out.scrollIntoView({ block: 'start' });
    this.live.textContent = 'Guidance ready. ' + level[0] + '. ' + level[1] +
      (counts.immediateSteps ? ' ' + counts.immediateSteps + ' steps to do now.' : '');
    this.dispatchEvent(new CustomEvent('cramp-guide:result', { detail: { careLevel: g.careLevel }, bubbles: true, composed: true }));
  };

  CrampGuide.prototype.fail = function (err) {
    var msg;
    if (err && err.status >= 500) msg = 'The cramp guide service is having a problem right now. Please try again in a moment.';
    else if (err && err.status) {
      var fields = ((err.body && err.body.errors) || []).map(function (e) { return e.field; }).join(', ');
      msg = 'The cramp guide could not use your answers' + (fields ? ' (' + fields + ')' : '') + '. Please check them and try again.';
    } else msg = 'We could not reach the cramp guide. Check your internet connection, then try again.';
    var self = this;
    var retry = h('button', { type: 'button', text: 'Try again', onclick: function () { self.ask(self.lastQuery); } });
    this.out.replaceChildren(h('div', { class: 'error', role: 'alert' },
      h('h3', { text: 'Guidance not available' }), h('p', { text: msg }), h('p', { text: SAFETY }),
      h('div', { class: 'row' }, retry)));
    this.live.textContent = '';
    retry.focus();
  };

  CrampGuide.prototype.edit = function () {
    var first = this.form.querySelector('input:checked') || this.form.querySelector('input');
    first.scrollIntoView({ block: 'center' });
    first.focus();
  };

  customElements.define('cramp-guide', CrampGuide);
})();
