// Back to the project page that sent the person to log in (security/WebSecurity sends a page request without a
// valid session here with ?returnTo=/calendar): once the login succeeds, the browser goes back to that page.
// Only the project's own pages are accepted as a place to return to.
const KEY = 'sro.returnTo';
const PAGES = /^\/(?:calendar|reports)(?:[/?#]|$)/;

const asked = new URLSearchParams(window.location.search).get('returnTo');
if (asked && PAGES.test(asked) && !asked.startsWith('//')) {
  window.sessionStorage.setItem(KEY, asked);
}

async function backIfLoggedIn() {
  const back = window.sessionStorage.getItem(KEY);
  if (!back) {
    return;
  }
  const answer = await fetch('/camunda/api/admin/auth/user/default', {credentials: 'same-origin'});
  if (answer.ok) {
    window.sessionStorage.removeItem(KEY);
    window.location.assign(back);
  }
}

window.addEventListener('hashchange', backIfLoggedIn);
backIfLoggedIn();

export default [];
