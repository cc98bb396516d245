/*
 * PolicyBot chat widget. Add to any page:
 *   <script src="https://POLICYBOT-HOST/widget.js" defer></script>
 * Optional attributes on that script tag: data-label (button text), data-color (any CSS colour),
 * data-position ("right", the default, or "left").
 * Everything it adds lives in one shadow root, so the host page's styles and this widget's never meet;
 * the only global it defines is window.PolicyBotWidget.
 */
(function () {
  'use strict';
  if (window.PolicyBotWidget) return;

  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src, document.baseURI).origin;
  var data = script.dataset;
  var label = (data.label || '政策问答').slice(0, 20);
  var color = data.color && window.CSS && CSS.supports('color', data.color) ? data.color : '#1d4ed8';
  var side = data.position === 'left' ? 'left' : 'right';

  var host = document.createElement('div');
  host.setAttribute('data-policybot-widget', '');
  host.style.cssText = 'all: initial; position: fixed; z-index: 2147483000; bottom: 0; ' + side + ': 0; width: 0; height: 0;';
  var root = host.attachShadow({ mode: 'open' });

  var style = document.createElement('style');
  style.textContent =
    ':host { all: initial; }' +
    '.launcher { position: fixed; bottom: 20px; ' + side + ': 20px; display: inline-flex; align-items: center; gap: 8px;' +
    '  font: 600 16px/1.2 "WenQuanYi Zen Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;' +
    '  color: #fff; background: var(--pb-color); border: 0; border-radius: 999px; padding: 12px 18px; cursor: pointer;' +
    '  box-shadow: 0 4px 14px rgba(0,0,0,.25); }' +
    '.launcher:hover { filter: brightness(1.1); }' +
    '.launcher:focus-visible { outline: 3px solid #f59e0b; outline-offset: 3px; }' +
    '.panel { position: fixed; bottom: 84px; ' + side + ': 20px; width: 380px; height: 560px;' +
    '  max-width: calc(100vw - 24px); max-height: calc(100vh - 110px); background: #fff; border-radius: 12px;' +
    '  box-shadow: 0 8px 30px rgba(0,0,0,.3); overflow: hidden; display: none; }' +
    '.panel.open { display: block; }' +
    'iframe { border: 0; width: 100%; height: 100%; display: block; }' +
    '@media (max-width: 480px) { .panel { ' + side + ': 12px; bottom: 76px; width: calc(100vw - 24px); height: calc(100vh - 96px); } }';

  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('data-policybot-launcher', '');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'policybot-panel');
  button.style.setProperty('--pb-color', color);
  button.textContent = label;

  var panel = document.createElement('div');
  panel.className = 'panel';
  panel.id = 'policybot-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', label);

  var frame = null;
  function open() {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.setAttribute('data-policybot-frame', '');
      frame.title = label;
      frame.src = origin + '/widget/index.html?color=' + encodeURIComponent(color);
      panel.appendChild(frame);
    }
    panel.classList.add('open');
    button.setAttribute('aria-expanded', 'true');
    button.textContent = '关闭' + label;
    frame.focus();
  }
  function close() {
    panel.classList.remove('open');
    button.setAttribute('aria-expanded', 'false');
    button.textContent = label;
  }
  function toggle() { if (panel.classList.contains('open')) close(); else open(); }

  button.addEventListener('click', toggle);
  root.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && panel.classList.contains('open')) { close(); button.focus(); }
  });
  // The frame asks to close itself (its own close button) with a message; only messages from PolicyBot count.
  window.addEventListener('message', function (e) {
    if (e.origin === origin && e.data && e.data.policybot === 'close') { close(); button.focus(); }
  });

  root.appendChild(style);
  root.appendChild(panel);
  root.appendChild(button);

  function mount() { document.body.appendChild(host); }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);

  window.PolicyBotWidget = { open: open, close: close, toggle: toggle, origin: origin };
})();
