// One line at the bottom of the page for what just happened (or failed).
export function status(message, isError = false) {
  const el = document.getElementById('status');
  el.textContent = message;
  el.className = isError ? 'status error' : 'status';
  if (message) setTimeout(() => { if (el.textContent === message) el.textContent = ''; }, 6000);
}
