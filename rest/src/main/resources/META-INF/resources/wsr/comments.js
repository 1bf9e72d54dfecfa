/* Weekly Sales Review: comments beside the text. Select a passage, a box opens beside it with the
   quoted passage; threads sit in a side column next to their passage (author, time, replies,
   resolve); the passage stays highlighted. Narrow screens stack the threads under the text. */
(function () {
  'use strict';
  var root = document.getElementById('wsr-comments');
  if (!root || root.dataset.ready) { return; }
  root.dataset.ready = 'true';
  var api = root.dataset.api;
  var report = root.dataset.report;
  var lang = (document.documentElement.lang || navigator.language || 'en').replace('_', '-');
  // The page body: JSPWiki's .page-content, Confluence's #main-content .wiki-content.
  var content = document.querySelector('.page-content') || document.querySelector('#main-content.wiki-content') || document.body;
  var column = document.getElementById('wsr-threads');
  column.classList.add('wsr-comment-column');
  column.id = 'wsr-threads';
  column.setAttribute('id', 'wsr-threads');
  content.classList.add('wsr-with-comments');
  content.appendChild(column);
  var narrow = function () { return window.matchMedia('(max-width: 800px)').matches; };

  function call(method, url, body) {
    return fetch(api + url, {
      method: method, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) { return r.json(); });
  }

  function squeeze(s) { return s.replace(/\s+/g, ''); }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function when(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return iso; }
    try {
      return d.toLocaleString(lang, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    } catch (e) {
      return d.toLocaleString();
    }
  }

  function top(node) {
    var a = node.getBoundingClientRect(), b = content.getBoundingClientRect();
    return a.top - b.top;
  }

  /* Marks the n-th occurrence of a passage when it lies inside one text node. */
  function highlight(text, occurrence, id) {
    var walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT, null);
    var seen = 0, node;
    while ((node = walker.nextNode())) {
      if (root.contains(node) || column.contains(node) || form.contains(node)) { continue; }
      var from = 0, at;
      while ((at = node.nodeValue.indexOf(text, from)) >= 0) {
        seen++;
        if (seen === occurrence) {
          var range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          var mark = el('mark', { 'class': 'wsr-highlight', 'data-thread': id, title: text });
          range.surroundContents(mark);
          mark.addEventListener('click', function () { activate(id); });
          return mark;
        }
        from = at + 1;
      }
    }
    return null;
  }

  function activate(id) {
    Array.prototype.forEach.call(document.querySelectorAll('.wsr-active'), function (e) { e.classList.remove('wsr-active'); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-thread="' + id + '"]'), function (e) { e.classList.add('wsr-active'); });
  }

  /* Places each thread next to its passage, pushing a thread down when the one above needs the room. */
  function place() {
    var next = 0;
    Array.prototype.forEach.call(column.querySelectorAll('.wsr-thread'), function (box) {
      if (narrow()) { box.style.top = ''; return; }
      var mark = content.querySelector('mark[data-thread="' + box.dataset.thread + '"]');
      var want = mark ? top(mark) : next;
      var at = Math.max(want, next);
      box.style.top = at + 'px';
      next = at + box.offsetHeight + 8;
    });
  }

  function line(cls, who, iso, body) {
    var p = el('p', { 'class': cls });
    p.appendChild(el('strong', { 'class': 'wsr-author' }, who));
    p.appendChild(document.createTextNode(' '));
    p.appendChild(el('span', { 'class': 'wsr-meta' }, when(iso)));
    p.appendChild(el('br'));
    p.appendChild(document.createTextNode(body));
    return p;
  }

  function render(threads) {
    Array.prototype.forEach.call(content.querySelectorAll('mark.wsr-highlight'), function (m) {
      m.replaceWith(document.createTextNode(m.textContent));
    });
    content.normalize();
    column.textContent = '';
    var anchored = [], loose = [];
    threads.forEach(function (t) {
      var box = el('div', { 'class': 'wsr-thread', 'data-thread': t.id,
        'data-resolved': String(t.resolved), 'data-detached': String(!!t.detached) });
      if (t.anchor) { box.appendChild(el('blockquote', {}, t.anchor.text)); }
      box.appendChild(line('wsr-comment', t.authorName || t.author, t.createdAt, t.body));
      (t.replies || []).forEach(function (r) {
        box.appendChild(line('wsr-reply', '\u21b3 ' + (r.authorName || r.author), r.createdAt, r.body));
      });
      if (t.detached) { box.appendChild(el('p', { 'class': 'wsr-detached' }, root.dataset.labelDetached)); }
      if (t.resolved) { box.appendChild(el('p', { 'class': 'wsr-resolved' }, root.dataset.labelResolved)); }
      var input = el('textarea', { 'class': 'wsr-reply-body', rows: '2' });
      var reply = el('button', { 'class': 'btn btn-default btn-sm wsr-reply-button', type: 'button' }, root.dataset.labelReply);
      reply.addEventListener('click', function () {
        if (!input.value.trim()) { input.focus(); return; }
        call('POST', '/comments/' + t.id + '/replies', { body: input.value }).then(load);
      });
      var toggle = el('button', { 'class': 'btn btn-default btn-sm wsr-resolve-button', type: 'button' },
        t.resolved ? root.dataset.labelReopen : root.dataset.labelResolve);
      toggle.addEventListener('click', function () {
        call('PUT', '/comments/' + t.id + '/resolved', { resolved: !t.resolved }).then(load);
      });
      box.addEventListener('click', function () { activate(t.id); });
      box.appendChild(input);
      box.appendChild(reply);
      box.appendChild(document.createTextNode(' '));
      box.appendChild(toggle);
      var mark = t.anchor && !t.detached ? highlight(t.anchor.text, t.anchor.occurrence, t.id) : null;
      (mark ? anchored : loose).push({ box: box, top: mark ? top(mark) : Infinity });
    });
    anchored.sort(function (a, b) { return a.top - b.top; });
    anchored.concat(loose).forEach(function (x) { column.appendChild(x.box); });
    place();
  }

  function load() { return call('GET', '/reports/' + report + '/comments').then(render); }

  var button = el('button', { id: 'wsr-comment-button', 'class': 'btn btn-primary btn-sm', type: 'button',
    style: 'position:absolute;display:none;z-index:1000' }, root.dataset.labelComment);
  var form = el('div', { id: 'wsr-comment-form', style: 'display:none' });
  var quote = el('blockquote', { id: 'wsr-comment-quote' });
  var body = el('textarea', { id: 'wsr-comment-body', rows: '3' });
  var submit = el('button', { id: 'wsr-comment-submit', 'class': 'btn btn-primary btn-sm', type: 'button' },
    root.dataset.labelComment);
  var cancel = el('button', { id: 'wsr-comment-cancel', 'class': 'btn btn-default btn-sm', type: 'button' },
    root.dataset.labelCancel || '\u00d7');
  form.appendChild(quote);
  form.appendChild(body);
  form.appendChild(submit);
  form.appendChild(document.createTextNode(' '));
  form.appendChild(cancel);
  column.parentNode.insertBefore(form, column);
  document.body.appendChild(button);
  var pending = null, pendingTop = 0;

  document.addEventListener('mouseup', function (event) {
    var selection = window.getSelection();
    var text = selection ? selection.toString().trim() : '';
    if (!text || root.contains(selection.anchorNode) || column.contains(selection.anchorNode)
        || form.contains(selection.anchorNode) || !content.contains(selection.anchorNode)) { return; }
    var range = selection.getRangeAt(0);
    var before = document.createRange();
    before.setStart(content, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var prefix = squeeze(before.toString()), passage = squeeze(text), occurrence = 1, from = 0, at;
    while ((at = prefix.indexOf(passage, from)) >= 0) { occurrence++; from = at + 1; }
    pending = { text: text, occurrence: occurrence };
    pendingTop = top(range);
    button.style.left = (event.pageX + 8) + 'px';
    button.style.top = (event.pageY + 8) + 'px';
    button.style.display = 'block';
  });
  button.addEventListener('click', function () {
    button.style.display = 'none';
    quote.textContent = pending ? pending.text : '';
    form.style.top = narrow() ? '' : pendingTop + 'px';
    form.style.right = narrow() ? '' : '-300px';
    form.style.display = 'block';
    if (narrow()) { form.scrollIntoView({ block: 'center' }); }
    body.focus();
  });
  cancel.addEventListener('click', function () {
    pending = null;
    body.value = '';
    form.style.display = 'none';
  });
  submit.addEventListener('click', function () {
    if (!pending || !body.value.trim()) { body.focus(); return; }
    call('POST', '/reports/' + report + '/comments', { anchor: pending, body: body.value }).then(function () {
      pending = null;
      body.value = '';
      form.style.display = 'none';
      return load();
    });
  });
  window.addEventListener('resize', place);
  load();
})();
