/* global document, window, fetch, URLSearchParams, React, ReactDOM, GraphiQL */
// The explorer page's own script (served as a file: the page's security policy runs no inline script).
// The picked demo user's token is minted by the hub on selection and sent as the Authorization header.
(function () {
  'use strict';
  var users = JSON.parse(document.getElementById('continuum-users').textContent);
  var select = document.getElementById('continuum-user');
  var status = document.getElementById('continuum-signed-in');
  var token = null;

  users.forEach(function (u) {
    var option = document.createElement('option');
    option.value = u.userId;
    option.textContent = u.userId + ' — ' + u.name + ' (' + u.role + ', ' + u.organisationCode + ')';
    select.appendChild(option);
  });
  if (users.length === 0) select.disabled = true;

  select.addEventListener('change', function () {
    token = null;
    var userId = select.value;
    if (!userId) {
      status.textContent = '';
      return;
    }
    status.textContent = 'signing in…';
    fetch('/explorer/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: userId }) })
      .then(function (res) {
        return res.json().then(function (body) {
          if (!res.ok) throw new Error(body.error || 'HTTP ' + res.status);
          return body;
        });
      })
      .then(function (body) {
        if (select.value !== body.userId) return;
        token = body.token;
        status.textContent = 'token for ' + body.userId + ' (an hour)';
        status.setAttribute('data-user', body.userId);
      })
      .catch(function (err) {
        status.textContent = 'could not sign in: ' + err.message;
      });
  });

  function fetcher(params, opts) {
    var headers = Object.assign(
      { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      (opts && opts.headers) || {},
    );
    if (token && !headers.authorization && !headers.Authorization) headers.authorization = 'Bearer ' + token;
    return fetch('/graphql', { method: 'POST', headers: headers, body: JSON.stringify(params) }).then(function (res) {
      return res.json();
    });
  }

  var query = new URLSearchParams(window.location.search).get('query');
  var props = { fetcher: fetcher, defaultEditorToolsVisibility: true };
  if (query) {
    props.initialQuery = query;
    props.defaultQuery = query;
  }
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
