// The widget's chat panel (inside the iframe that widget.js opens). Everything PolicyBot returns is put on the page
// with textContent, never as markup.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var color = params.get('color');
  if (color && CSS.supports('color', color)) document.documentElement.style.setProperty('--pb-color', color);

  var log = document.getElementById('log');
  var form = document.getElementById('composer');
  var input = document.getElementById('question');
  var send = document.getElementById('send');
  var messages = [];
  var busy = false;

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }

  // Scrolls only the log (never the host page): a question to the bottom, an answer to its first line.
  function show(node) {
    log.appendChild(node);
    var top = node.offsetTop - 8; // the log is the offset parent (position: relative)
    log.scrollTop = node.classList.contains('msg--user') || node.offsetHeight < log.clientHeight ? log.scrollHeight : top;
    return node;
  }

  function sources(citations) {
    var box = el('div', 'sources');
    box.appendChild(el('h2', null, '出处'));
    var list = el('ol');
    citations.forEach(function (c) {
      var item = el('li');
      var link = el('a', null, '《' + c.title + '》' + c.docNumber);
      link.href = '/documents/' + encodeURIComponent(c.docNumber) + '?clause=' + encodeURIComponent(c.clauseId);
      link.target = '_blank';
      link.rel = 'noopener';
      item.appendChild(link);
      if (c.section) item.appendChild(el('span', 'section', c.section));
      if (c.quote) item.appendChild(el('blockquote', null, c.quote));
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
  }

  async function ask(question) {
    busy = true;
    send.disabled = true;
    messages.push({ role: 'user', content: question });
    show(el('div', 'msg msg--user', question));
    var pending = show(el('div', 'msg msg--bot msg--pending', '正在查找相关政策…'));
    try {
      var response = await fetch('/api/widget/chat', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ messages: messages }),
      });
      pending.remove();
      if (response.status === 429) throw new Error('提问太频繁了，请稍等片刻再试。');
      if (!response.ok) throw new Error('暂时无法回答，请稍后再试。');
      var reply = await response.json();
      messages.push({ role: 'assistant', content: reply.answer });
      var bubble = el('div', 'msg msg--bot' + (reply.grounded ? '' : ' msg--refusal'), reply.answer);
      if (reply.grounded && reply.citations && reply.citations.length) bubble.appendChild(sources(reply.citations));
      show(bubble);
    } catch (e) {
      pending.remove();
      messages.pop();
      var text = e instanceof TypeError || !e.message ? '网络连接失败，请稍后再试。' : e.message;
      show(el('div', 'msg msg--error', text)).setAttribute('role', 'alert');
    } finally {
      busy = false;
      send.disabled = false;
      input.focus();
    }
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var question = input.value.trim();
    if (!question || busy) return;
    input.value = '';
    ask(question);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  document.getElementById('restart').addEventListener('click', function () {
    messages = [];
    Array.prototype.slice.call(log.querySelectorAll('.msg')).forEach(function (m) { m.remove(); });
    input.focus();
  });
  document.getElementById('close').addEventListener('click', function () {
    window.parent.postMessage({ policybot: 'close' }, '*');
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') window.parent.postMessage({ policybot: 'close' }, '*');
  });
})();
