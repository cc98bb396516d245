// PolicyBot's few browser helpers, called from the Blazor components through JS interop.
window.policybot = {
  // Scrolls the clause a citation points to into view and moves focus to it, so keyboard and screen-reader users land there too.
  revealClause(clauseId) {
    const el = document.querySelector('[data-clause-id="' + CSS.escape(clauseId) + '"]');
    if (!el) return false;
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    el.focus({ preventScroll: true });
    return true;
  },

  // Keeps the newest exchange of the console in view while it streams.
  scrollToEnd(log) {
    const last = log && log.lastElementChild;
    if (last) last.scrollIntoView({ block: 'end', behavior: 'instant' });
  },

  // Copies text to the clipboard; falls back to a hidden textarea where the Clipboard API is unavailable.
  async copyText(text) {
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
        return true;
      }
    } catch { /* fall through to the fallback */ }
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch { ok = false; }
    area.remove();
    return ok;
  },
};

// Enter sends, Shift+Enter breaks the line, in any textarea marked data-enter-submit. Ignored while an input
// method is composing (Chinese pinyin input confirms candidates with Enter).
document.addEventListener('keydown', (e) => {
  const t = e.target;
  if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.keyCode === 229) return;
  if (!(t instanceof HTMLTextAreaElement) || !t.hasAttribute('data-enter-submit')) return;
  e.preventDefault();
  if (t.form && t.value.trim().length > 0) t.form.requestSubmit();
});
