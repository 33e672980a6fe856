/*! cramp-guide diary: entries live only in this origin's localStorage. Plain JS, no build step. */
(function () {
  'use strict';
  // Every health word (muscles, times, triggers, remedies, thresholds, answers) comes from the guidance table
  // through the API; this script holds only interface labels and arithmetic.
  var KEY = 'cramp-guide-diary';
  var API = '../v1/guidance';
  var WEEKS = 12, DAY = 864e5;
  var BAD = [['mild', 'Mild'], ['bad', 'Bad'], ['worst', 'The worst']];
  // Which table options the diary offers for "what came before" (question id, value); labels come from the table.
  var BEFORE = [['exercise_details', 'exercise.hot'], ['daily_life', 'alcohol'], ['daily_life', 'standing_all_day'],
    ['daily_life', 'new_exercise'], ['medicines', 'recent_medication_change']];
  var main = document.getElementById('diary');
  var T, data, live = h('p', { class: 'sr', role: 'status', 'aria-live': 'polite' });

  function h(tag, attrs) {
    var svg = /^(svg|rect|line|text|g|title)$/.test(tag);
    var el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
    for (var k in attrs || {}) {
      var v = attrs[k];
      if (k === 'text') el.textContent = v;
      else if (k.slice(0, 2) === 'on') el.addEventListener(k.slice(2), v);
      else if (v !== false && v != null) el.setAttribute(k, v === true ? '' : v);
    }
    for (var i = 2; i < arguments.length; i++) if (arguments[i] != null) el.append(arguments[i]);
    return el;
  }

  function load() {
    try { data = JSON.parse(localStorage.getItem(KEY)); } catch (e) { data = null; }
    data = Object.assign({ entries: [], trying: [], medicines: '', lastAnswer: null }, data || {});
    data.entries.sort(byTime);
  }
  function byTime(a, b) { return a.at < b.at ? -1 : a.at > b.at ? 1 : 0; }
  function save() { data.since = data.since || local(new Date()); localStorage.setItem(KEY, JSON.stringify(data)); }
  // Days the diary has been kept: since it was started, or since its oldest entry if that is older.
  function kept() { var f = data.entries.length && data.entries[0].at, s = data.since && (!f || data.since < f) ? data.since : f; return s ? daysAgo(s) + 1 : 0; }
  function say(text) { live.textContent = ''; setTimeout(function () { live.textContent = text; }, 50); }

  // ---- dates: local time, entries keep "YYYY-MM-DDTHH:MM" -----------------------------------------------------
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function local(d) { return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' + pad(d.getMinutes()); }
  function midnight(d) { return new Date(d.getFullYear(), d.getMonth(), d.getDate()); }
  function daysAgo(at) { return Math.round((midnight(new Date()) - midnight(new Date(at))) / DAY); }
  var fmt = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric' });
  var short = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short' });
  function day(at, s) { return (s ? short : fmt).format(new Date(at)); }
  function lastNight() { var d = new Date(); if (d.getHours() >= 3) d.setHours(3, 0, 0, 0); else { d.setDate(d.getDate() - 1); d.setHours(3, 0, 0, 0); } return local(d); }

  // ---- the table's words -------------------------------------------------------------------------------------
  function question(id) { return (T.questions || []).map(function (q) { return q.question; }).filter(function (q) { return q.id === id; })[0] || { options: [] }; }
  function option(qid, value) {
    return question(qid).options.filter(function (o) { return (o.field || '') + String(o.value) === value || String(o.value) === value; })[0];
  }
  function label(qid, value) { var o = option(qid, value); return o ? o.label : value; }
  function beforeLabel(code) { var b = BEFORE.filter(function (x) { return x[1] === code; })[0]; return b ? label(b[0], b[1]) : code; }

  // ---- counts ------------------------------------------------------------------------------------------------
  function within(from, to) { return data.entries.filter(function (e) { var d = daysAgo(e.at); return d >= from && d < to; }); }
  function tally(list, key) {
    var out = {};
    list.forEach(function (e) { [].concat(e[key] || []).forEach(function (v) { out[v] = (out[v] || 0) + 1; }); });
    return Object.keys(out).sort(function (a, b) { return out[b] - out[a]; }).map(function (k) { return [k, out[k]]; });
  }
  function weeks() {
    var out = [];
    for (var i = WEEKS - 1; i >= 0; i--) {
      var start = new Date(midnight(new Date()) - (7 * i + 6) * DAY);
      out.push({ start: start, list: within(7 * i, 7 * i + 7) });
    }
    return out;
  }

  // ---- screens -----------------------------------------------------------------------------------------------
  function render() {
    main.replaceChildren(live, addForm(), recent(), pattern(), guidance(), summary(), mine());
  }

  function radios(name, legend, opts, checked, hint) {
    var box = h('div', { class: 'opts' });
    opts.forEach(function (o) {
      box.append(h('label', null, h('input', { type: 'radio', name: name, value: o[0], checked: o[0] === checked }), h('span', { text: o[1] })));
    });
    return h('fieldset', null, h('legend', { text: legend }), hint ? h('p', { class: 'hint', text: hint }) : null, box);
  }
  function checks(name, legend, opts, checked) {
    var box = h('div', { class: 'opts' });
    opts.forEach(function (o) {
      box.append(h('label', null, h('input', { type: 'checkbox', name: name, value: o[0], checked: (checked || []).indexOf(o[0]) >= 0 }), h('span', { text: o[1] })));
    });
    return h('fieldset', null, h('legend', { text: legend }), box);
  }
  function opts(qid) { return question(qid).options.map(function (o) { return [String(o.value), o.label]; }); }
  function picked(form, name) { return [].slice.call(form.querySelectorAll('input[name="' + name + '"]:checked')).map(function (i) { return i.value; }); }

  function addForm() {
    var pre = prefill();
    var other = h('input', { type: 'datetime-local', name: 'at', value: local(new Date()), max: local(new Date()) });
    var err = h('p', { class: 'err', role: 'alert' });
    var form = h('form', { novalidate: true, onsubmit: function (e) { e.preventDefault(); add(form, err); } },
      radios('time', 'When', [['now', 'Now'], ['lastnight', 'Last night'], ['other', 'Another time']], 'now'),
      h('label', { class: 'at' }, h('span', { text: 'Date and time' }), other),
      radios('when', 'What were you doing?', opts('when'), pre.when),
      radios('muscle', 'Which muscle?', opts('muscle'), pre.muscle),
      radios('bad', 'How bad?', BAD, null),
      h('details', { open: pre.before.length ? true : null }, h('summary', { text: 'More (optional)' }),
        h('label', { class: 'num' }, h('span', { text: 'How long, in minutes' }), h('input', { type: 'number', name: 'minutes', min: 0, max: 600, inputmode: 'numeric' })),
        checks('before', 'What came before?', BEFORE.map(function (b) { return [b[1], label(b[0], b[1])]; }), pre.before),
        checks('helped', 'What helped?', opts('considering')),
        h('label', { class: 'note' }, h('span', { text: 'Note' }), h('textarea', { name: 'note', rows: 2, maxlength: 500 }))),
      err, h('div', { class: 'row' }, h('button', { type: 'submit', text: 'Add' })));
    form.addEventListener('change', function (e) {
      if (e.target.name === 'time' && e.target.value === 'lastnight') {
        var night = form.querySelector('input[name=when][value=night]');
        if (night && !picked(form, 'when').length) night.checked = true;
      }
      if (e.target.name === 'at') form.querySelector('input[name=time][value=other]').checked = true;
    });
    return h('section', { 'aria-labelledby': 'add-h' }, h('h2', { id: 'add-h', tabindex: '-1', text: 'Add a cramp' }),
      pre.from ? h('p', { class: 'hint', text: 'Filled in from the guide. Check it, then choose how bad it was.' }) : null, form);
  }

  // What the guide passed in the URL fragment (browsers never send it to a server); read once, then cleared.
  function prefill() {
    var out = { before: [] };
    var frag = location.hash.slice(1);
    if (!frag) return out;
    history.replaceState(null, '', location.pathname + location.search);
    frag.split('&').forEach(function (kv) {
      var p = kv.split('='), k = decodeURIComponent(p[0]), v = decodeURIComponent(p[1] || '');
      if ((k === 'muscle' || k === 'when') && option(k, v)) out[k] = v;
      if (k === 'exercise.hot' && v === 'true') out.before.push(k);
      if (k === 'factors') v.split(',').forEach(function (f) { if (BEFORE.some(function (b) { return b[1] === f; })) out.before.push(f); });
      out.from = true;
    });
    return out;
  }

  function add(form, err) {
    var time = picked(form, 'time')[0], muscle = picked(form, 'muscle')[0], bad = picked(form, 'bad')[0];
    var at = time === 'lastnight' ? lastNight() : time === 'other' ? form.elements.at.value : local(new Date());
    if (!muscle || !bad || !at) {
      err.textContent = 'Choose which muscle and how bad it was.';
      (form.querySelector('input[name=' + (muscle ? 'bad' : 'muscle') + ']') || form).focus();
      return;
    }
    var minutes = form.elements.minutes.value;
    data.entries.push({ id: Date.now().toString(36) + Math.random().toString(36).slice(2, 6), at: at, when: picked(form, 'when')[0] || null,
      muscle: muscle, bad: bad, minutes: minutes === '' ? null : +minutes, before: picked(form, 'before'), helped: picked(form, 'helped'),
      note: form.elements.note.value.trim() });
    data.entries.sort(byTime);
    save();
    render();
    say('Added. ' + data.entries.length + (data.entries.length === 1 ? ' cramp' : ' cramps') + ' in your diary.');
    document.getElementById('add-h').focus();
  }

  function table(caption, heads, rows, id) {
    return h('table', { id: id }, h('caption', { text: caption }),
      h('thead', null, h.apply(null, ['tr', null].concat(heads.map(function (x) { return h('th', { scope: 'col', text: x }); })))),
      h.apply(null, ['tbody', null].concat(rows.map(function (r) {
        return h.apply(null, ['tr', null, h('th', { scope: 'row', text: r[0] })].concat(r.slice(1).map(function (c) { return h('td', { text: String(c) }); })));
      }))));
  }

  function recent() {
    var list = data.entries.slice(-10).reverse();
    var s = h('section', { 'aria-labelledby': 'recent-h' }, h('h2', { id: 'recent-h', text: 'My cramps' }));
    if (!list.length) s.append(h('p', { text: 'No cramps yet.' }));
    else s.append(h('div', { class: 'tables', tabindex: 0, role: 'region', 'aria-label': 'My cramps as a table' }, table('The last ' + list.length + ' of ' + data.entries.length, ['When', 'Muscle', 'How bad', 'Doing'],
      list.map(function (e) { return [day(e.at) + ' ' + e.at.slice(11), label('muscle', e.muscle), badLabel(e.bad), e.when ? label('when', e.when) : '']; }))));
    return s;
  }
  function badLabel(b) { return (BAD.filter(function (x) { return x[0] === b; })[0] || [b, b])[1]; }

  // Cramps per week as bars, with a line where the person started trying something.
  function chart() {
    var ws = weeks(), max = Math.max(1, Math.max.apply(null, ws.map(function (w) { return w.list.length; })));
    var W = 600, H = 220, top = 40, base = 190, bw = W / WEEKS;
    var svg = h('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'chart', role: 'img', 'aria-labelledby': 'chart-t' },
      h('title', { id: 'chart-t', text: 'Cramps per week, last 12 weeks: ' + ws.map(function (w) { return w.list.length; }).join(', ') }),
      h('line', { x1: 0, x2: W, y1: base, y2: base, class: 'axis' }));
    ws.forEach(function (w, i) {
      var n = w.list.length, bh = (base - top) * n / max, x = i * bw;
      svg.append(h('rect', { x: x + 6, y: base - bh, width: bw - 12, height: bh, class: 'bar' }),
        h('text', { x: x + bw / 2, y: base - bh - 4, class: 'n', 'text-anchor': 'middle', text: n ? n : '' }));
      if (i % 2 === 0) svg.append(h('text', { x: x + 4, y: H - 8, class: 'lab', text: short.format(w.start) }));
    });
    var from = new Date(midnight(new Date()) - (7 * WEEKS - 1) * DAY);
    data.trying.forEach(function (t, k) {
      var x = (new Date(t.from) - from) / DAY / 7 * bw;
      if (x < 0 || x > W) return;
      svg.append(h('line', { x1: x, x2: x, y1: 14, y2: base, class: 'mark' }),
        h('text', { x: x > W / 2 ? x - 4 : x + 4, y: 12 + (k % 3) * 13, class: 'marktext', 'text-anchor': x > W / 2 ? 'end' : 'start', text: trying(t) }));
    });
    return svg;
  }
  function trying(t) { return label('considering', t.what) + ' from ' + day(t.from, true); }

  function toggle(text, target) {
    var b = h('button', { type: 'button', class: 'alt', 'aria-expanded': 'false', 'aria-controls': target.id, text: text,
      onclick: function () { target.hidden = !target.hidden; b.setAttribute('aria-expanded', String(!target.hidden)); } });
    target.hidden = true;
    return b;
  }

  function pattern() {
    var ws = weeks(), all = within(0, 7 * WEEKS);
    var weekly = table('Cramps per week', ['Week from', 'Cramps'].concat(opts('when').map(function (o) { return o[1]; })),
      ws.map(function (w) {
        return [short.format(w.start), w.list.length].concat(opts('when').map(function (o) { return w.list.filter(function (e) { return e.when === o[0]; }).length; }));
      }), 'weekly-table');
    var byMuscle = table('By muscle', ['Muscle', 'Cramps'], tally(all, 'muscle').map(function (r) { return [label('muscle', r[0]), r[1]]; }), 'muscle-table');
    var byTime = table('By what you were doing', ['Doing', 'Cramps'], tally(all, 'when').map(function (r) { return [label('when', r[0]), r[1]]; }), 'time-table');
    var tables = h('div', { id: 'pattern-tables', class: 'tables', tabindex: 0, role: 'region', 'aria-label': 'The chart as tables' }, weekly, byMuscle, byTime);
    var what = h.apply(null, ['select', { id: 'try-what', name: 'what' }].concat(opts('considering').map(function (o) { return h('option', { value: o[0], text: o[1] }); })));
    var from = h('input', { id: 'try-from', type: 'date', name: 'from', value: local(new Date()).slice(0, 10) });
    var tryForm = h('form', { class: 'try', onsubmit: function (e) {
      e.preventDefault();
      if (!from.value) return;
      data.trying.push({ what: what.value, from: from.value });
      save(); render(); say('Marked: ' + trying(data.trying[data.trying.length - 1]) + '.');
      document.getElementById('pattern-h').focus();
    } }, h('h3', { text: 'I started trying something' }),
      h('div', { class: 'row' }, h('label', { for: 'try-what' }, 'What'), what, h('label', { for: 'try-from' }, 'From'), from,
        h('button', { type: 'submit', text: 'Mark it on the chart' })));
    return h('section', { 'aria-labelledby': 'pattern-h' }, h('h2', { id: 'pattern-h', tabindex: '-1', text: 'My pattern, last 12 weeks' }),
      h('figure', null, chart(), h('figcaption', { text: all.length + ' cramps in 12 weeks. Lines mark what you started trying.' })),
      toggle('Show the chart as a table', tables), tables, tryForm);
  }

  // ---- guidance from the record ------------------------------------------------------------------------------
  // The situation the record says, by the table's own thresholds; only these fields travel, never an entry.
  function situation() {
    var sit = {}, recent = within(0, 7 * WEEKS), said = [];
    function set(fact) {
      var p = fact.split(':');
      if (p.length === 2) (sit[p[0]] = sit[p[0]] || []).push(p[1]); else sit[fact] = true;
      said.push(fact);
    }
    if (recent.length >= 2) set('recurring');  // a second cramp is what "keeps coming back" means
    (T.diary || []).forEach(function (t) {
      var last = within(0, t.days).length, before = within(t.days, 2 * t.days).length;
      // A rise needs a record of both windows: an empty month before the diary began is not fewer cramps.
      var holds = t.risePercent == null ? last >= t.cramps
        : kept() >= 2 * t.days && last - before >= t.cramps && last * 100 >= before * (100 + t.risePercent);
      if (holds) set(t.sets);
    });
    ['when', 'muscle'].forEach(function (k) {  // mostly: more than half of the last 12 weeks
      var top = tally(recent, k)[0];
      if (top && top[1] * 2 > recent.length) { sit[k] = top[0]; said.push(k + ':' + top[0]); }
    });
    return [sit, said];
  }
  function factLabel(fact) {
    var p = fact.split(':'), hit;
    (T.questions || []).forEach(function (q) {
      q.question.options.forEach(function (o) {
        if (!hit && (p.length === 1 ? q.question.field === fact && o.value === true : q.question.field === p[0] && o.value === p[1])) hit = (p.length === 1 ? q.question.text + ' ' : '') + o.label;
      });
    });
    return hit || fact;
  }

  function guidance() {
    var out = h('div', { id: 'answer' });
    var s = h('section', { 'aria-labelledby': 'guide-h' }, h('h2', { id: 'guide-h', text: 'Guidance from my record' }),
      h('p', { class: 'hint', text: 'The guide is asked only about the pattern below, never about your entries, dates or notes.' }));
    var sit = situation();
    s.append(sit[1].length ? h.apply(null, ['ul', { class: 'facts' }].concat(sit[1].map(function (f) { return h('li', { text: factLabel(f) }); })))
      : h('p', { text: 'Nothing to ask about yet.' }));
    s.append(h('div', { class: 'row' }, h('button', { type: 'button', text: 'Ask the guide about my record', disabled: !sit[1].length,
      onclick: function () { ask(sit[0], out); } })), out);
    if (data.lastAnswer) out.append(answer(data.lastAnswer));
    return s;
  }

  function ask(sit, out) {
    out.setAttribute('aria-busy', 'true');
    fetch(API, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, credentials: 'omit', body: JSON.stringify(sit) })
      .then(function (r) { return r.json().then(function (b) { if (!r.ok || !b.careLevel) throw r.status; return b; }); })
      .then(function (g) {
        data.lastAnswer = { careLevel: g.careLevel, title: g.careLevelTitle, summary: g.summary, at: local(new Date()),
          items: (g.redFlags || []).concat(g.safetyNet || []).map(function (i) { return { title: i.title, text: i.text }; }), disclaimer: g.disclaimer };
        save();
        out.replaceChildren(answer(data.lastAnswer));
        document.getElementById('summary').replaceWith(summary());
        out.querySelector('h3').focus();
      })
      .catch(function () { out.replaceChildren(h('p', { class: 'err', role: 'alert', text: 'The guide could not be reached. Check your connection, then try again.' })); })
      .then(function () { out.removeAttribute('aria-busy'); });
  }
  function answer(a) {
    return h('div', { class: 'banner ' + a.careLevel, 'data-care-level': a.careLevel },
      h('h3', { tabindex: '-1', text: a.title }), h('p', { text: a.summary }),
      h.apply(null, ['ul', null].concat((a.items || []).map(function (i) { return h('li', null, h('strong', { text: i.title }), ' ', i.text); }))),
      h('p', { class: 'hint', text: 'Asked on ' + day(a.at) + '. ' + (a.disclaimer || '') }));
  }

  // ---- the page for the doctor -------------------------------------------------------------------------------
  function summary() {
    var all = data.entries, recent = within(0, 7 * WEEKS);
    var s = h('section', { id: 'summary', class: 'summary', 'aria-labelledby': 'sum-h' }, h('h2', { id: 'sum-h', text: 'Summary for my doctor' }));
    if (!all.length) return s.append(h('p', { text: 'No cramps yet.' })), s;
    function list(title, rows) { return rows.length ? h('div', null, h('h3', { text: title }), h.apply(null, ['ul', null].concat(rows.map(function (r) { return h('li', { text: r }); })))) : null; }
    var mins = all.filter(function (e) { return e.minutes != null; });
    s.append(h('p', { text: 'From ' + day(all[0].at) + ' to ' + day(all[all.length - 1].at) + ': ' + all.length + ' cramps, ' + recent.length + ' in the last 12 weeks, ' + within(0, 28).length + ' in the last 4 weeks.' }),
      h('p', { text: BAD.map(function (b) { return b[1] + ': ' + all.filter(function (e) { return e.bad === b[0]; }).length; }).join(', ') + '.' + (mins.length ? ' Typical length: ' + Math.round(mins.reduce(function (a, e) { return a + e.minutes; }, 0) / mins.length) + ' minutes.' : '') }),
      h('figure', null, chart(), h('figcaption', { text: 'Cramps per week, last 12 weeks.' })),
      h('div', { class: 'cols' },
        list('Muscles', tally(all, 'muscle').map(function (r) { return label('muscle', r[0]) + ': ' + r[1]; })),
        list('What I was doing', tally(all, 'when').map(function (r) { return label('when', r[0]) + ': ' + r[1]; })),
        list('What came before', tally(all, 'before').map(function (r) { return beforeLabel(r[0]) + ': ' + r[1]; })),
        list('What helped', tally(all, 'helped').map(function (r) { return label('considering', r[0]) + ': ' + r[1]; })),
        list('What I tried', data.trying.map(trying)),
        list('My medicines', data.medicines.split('\n').map(function (m) { return m.trim(); }).filter(Boolean))),
      data.lastAnswer ? h('p', { text: 'Last answer from the cramp guide (' + day(data.lastAnswer.at) + '): ' + data.lastAnswer.title + '.' }) : '',
      h('div', { class: 'row noprint' }, h('button', { type: 'button', text: 'Print the summary', onclick: function () { window.print(); } })));
    return s;
  }

  // ---- owning the data ---------------------------------------------------------------------------------------
  function mine() {
    var meds = h('textarea', { id: 'meds', rows: 3, text: data.medicines });
    var file = h('input', { id: 'import', type: 'file', accept: 'application/json,.json' });
    file.addEventListener('change', function () { if (file.files[0]) file.files[0].text().then(restore); });
    var dialog = h('dialog', { 'aria-labelledby': 'del-h' }, h('h3', { id: 'del-h', text: 'Delete everything?' }),
      h('p', { text: 'Every cramp, mark and medicine in this diary will be deleted from this browser. This cannot be undone.' }),
      h('div', { class: 'row' }, h('button', { type: 'button', class: 'danger', text: 'Delete all', onclick: function () {
        localStorage.removeItem(KEY); load(); dialog.close(); render(); say('Everything is deleted.'); document.getElementById('add-h').focus();
      } }), h('button', { type: 'button', class: 'alt', text: 'Keep my diary', onclick: function () { dialog.close(); } })));
    return h('section', { 'aria-labelledby': 'data-h', class: 'noprint' }, h('h2', { id: 'data-h', text: 'My data' }),
      h('label', { for: 'meds' }, 'My medicines, one a line'), meds,
      h('div', { class: 'row' }, h('button', { type: 'button', class: 'alt', text: 'Save my medicines', onclick: function () {
        data.medicines = meds.value; save(); document.getElementById('summary').replaceWith(summary()); say('Medicines saved.');
      } })),
      h('h3', { text: 'Move it to another device' }),
      h('div', { class: 'row' }, h('button', { type: 'button', class: 'alt', text: 'Export (JSON file)', onclick: download })),
      h('label', { for: 'import' }, 'Import a diary file'), file,
      h('h3', { text: 'Delete' }),
      h('div', { class: 'row' }, h('button', { type: 'button', class: 'danger', text: 'Delete everything', onclick: function () { dialog.showModal(); } })),
      dialog);
  }

  function download() {
    var blob = new Blob([JSON.stringify(Object.assign({ format: 'cramp-guide-diary', version: 1 }, data), null, 1)], { type: 'application/json' });
    var a = h('a', { href: URL.createObjectURL(blob), download: 'cramp-diary-' + local(new Date()).slice(0, 10) + '.json' });
    document.body.append(a); a.click(); a.remove();
    say('Exported ' + data.entries.length + ' cramps.');
  }

  // Import merges by entry id, so importing the same file twice changes nothing.
  function restore(text) {
    var got;
    try { got = JSON.parse(text); } catch (e) { got = null; }
    if (!got || got.format !== 'cramp-guide-diary' || !Array.isArray(got.entries)) { say('That file is not a cramp diary export.'); return; }
    var ids = {};
    data.entries.forEach(function (e) { ids[e.id] = 1; });
    var fresh = got.entries.filter(function (e) { return e && e.id && e.at && e.muscle && !ids[e.id]; });
    data.entries = data.entries.concat(fresh).sort(byTime);
    data.trying = data.trying.concat((got.trying || []).filter(function (t) { return !data.trying.some(function (u) { return u.what === t.what && u.from === t.from; }); }));
    data.medicines = data.medicines || got.medicines || '';
    data.lastAnswer = data.lastAnswer || got.lastAnswer || null;
    save(); render(); say('Imported ' + fresh.length + ' cramps.');
  }

  // ---- start -------------------------------------------------------------------------------------------------
  load();
  fetch(API + '/table', { headers: { Accept: 'application/json' }, credentials: 'omit' })
    .then(function (r) { if (!r.ok) throw r.status; return r.json(); })
    .then(function (t) { T = t; render(); })
    .catch(function () {
      main.replaceChildren(h('p', { class: 'err', role: 'alert', text: 'The diary could not load the guide\'s words. Check your connection, then reload the page.' }));
    });
  // Works offline once loaded: the worker keeps the page, this script and the guide's words.
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(function () { });
})();
