/**
 * The playground's own script, run in the browser: GraphiQL with a fetcher that sends the key kept
 * in this browser, a check of that key when it is set, and line wrapping in the query editor.
 *
 * The check asks the cheapest authenticated question there is (`{ apiVersion }`) with the key:
 * the service refuses a bad key before any resolver runs, with 401 UNAUTHENTICATED and a message
 * that says why (src/auth/authenticate.ts), which the bar shows as "unknown", "revoked" or
 * "expired" instead of trusting the key.
 */

/** One example tab of the playground. */
export interface PlaygroundTab {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** What the key bar says, in Vietnamese and English, by the state of the key. */
const KEY_STATES = {
  none: 'Chưa có khóa / no key',
  checking: 'Đang kiểm tra khóa… / checking the key',
  valid: 'Đang dùng khóa {id}… / key in use',
  unknown: 'Khóa {id}… không tồn tại hoặc sai / unknown key',
  revoked: 'Khóa {id}… đã bị thu hồi / key revoked',
  expired: 'Khóa {id}… đã hết hạn / key expired',
  unchecked: 'Chưa kiểm tra được khóa {id}… / the key could not be checked',
};

export function bootScript(tabs: PlaygroundTab[]): string {
  const openingTabs = tabs.map((t) => ({
    query: `# ${t.title}\n${t.query}`,
    variables: t.variables ? JSON.stringify(t.variables, null, 2) : undefined,
  }));
  return `(function () {
  'use strict';
  var STORAGE = 'tdkt.playground.apiKey';
  var STATES = ${JSON.stringify(KEY_STATES)};
  var tabs = ${JSON.stringify(openingTabs)};
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  var input = document.getElementById('api-key');
  var state = document.getElementById('key-state');
  function currentKey() { try { return window.localStorage.getItem(STORAGE) || ''; } catch (e) { return ''; } }
  function show(name, key) {
    state.dataset.state = name;
    state.textContent = STATES[name].replace('{id}', key ? key.split('_').slice(0, 2).join('_') : '');
  }
  // The service's refusal names what is wrong with the key; anything else leaves it unchecked.
  function verdict(status, body) {
    var error = (body && body.errors && body.errors[0]) || {};
    if (status === 200 && !body.errors) return 'valid';
    if (!error.extensions || error.extensions.code !== 'UNAUTHENTICATED') return 'unchecked';
    if (/revoked/i.test(error.message)) return 'revoked';
    if (/expired/i.test(error.message)) return 'expired';
    return 'unknown';
  }
  function check(key) {
    show('checking', key);
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: 'Bearer ' + key },
      body: JSON.stringify({ query: '{ apiVersion }' })
    }).then(function (response) {
      return response.json().then(function (body) { return verdict(response.status, body); });
    }).catch(function () { return 'unchecked'; }).then(function (name) {
      if (currentKey() === key) show(name, key);
    });
  }
  // Long comment lines wrap inside the query editor instead of running past its edge; GraphiQL
  // makes its editors when it renders, so each new one is found as it appears.
  function wrapQueryEditors() {
    var editors = document.querySelectorAll('.graphiql-query-editor .CodeMirror');
    for (var i = 0; i < editors.length; i += 1) {
      var editor = editors[i].CodeMirror;
      if (editor && !editor.getOption('lineWrapping')) editor.setOption('lineWrapping', true);
    }
  }
  new MutationObserver(wrapQueryEditors)
    .observe(document.getElementById('graphiql'), { childList: true, subtree: true });
  function render() {
    var key = currentKey();
    if (key) check(key); else show('none', '');
    var fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: key ? { Authorization: 'Bearer ' + key } : {} });
    root.render(React.createElement(GraphiQL, {
      key: key || 'anonymous', fetcher: fetcher, defaultTabs: tabs,
      shouldPersistHeaders: false, defaultEditorToolsVisibility: true
    }));
  }
  document.getElementById('key-bar').addEventListener('submit', function (event) {
    event.preventDefault();
    try { window.localStorage.setItem(STORAGE, input.value.trim()); } catch (e) { /* private mode: nothing kept */ }
    input.value = '';
    render();
  });
  document.getElementById('forget-key').addEventListener('click', function () {
    try { window.localStorage.removeItem(STORAGE); } catch (e) { /* nothing kept */ }
    render();
  });
  render();
})();
`;
}
