// The playground page: GraphiQL (served from this gateway, no CDN) with the example operations,
// and two fields for who is asking: the bearer token and the purpose of the read.
/* global React, ReactDOM, GraphiQL */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('playground-config').textContent);
  var token = document.getElementById('token');
  var purpose = document.getElementById('purpose');

  // Remembered in this browser only (sessionStorage: gone when the tab closes).
  [token, purpose].forEach(function (input) {
    var key = 'credit-playground:' + input.id;
    input.value = sessionStorage.getItem(key) || '';
    input.addEventListener('input', function () {
      sessionStorage.setItem(key, input.value);
    });
  });

  function identityHeaders() {
    var headers = {};
    var bearer = token.value.trim().replace(/^Bearer\s+/i, '');
    if (bearer) headers.authorization = 'Bearer ' + bearer;
    // HTTP headers are Latin-1: the purpose travels percent-encoded, the gateway decodes it.
    if (purpose.value.trim()) headers.purpose = encodeURIComponent(purpose.value.trim());
    return headers;
  }

  async function fetcher(params, options) {
    var headers = Object.assign(
      { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      identityHeaders(),
      (options && options.headers) || {},
    );
    var response = await fetch(config.endpoint, { method: 'POST', headers: headers, body: JSON.stringify(params) });
    var text = await response.text();
    try {
      return JSON.parse(text);
    } catch (error) {
      return { errors: [{ message: 'HTTP ' + response.status + ': ' + text.slice(0, 500) }] };
    }
  }

  var tabs = config.examples.map(function (example) {
    return { query: example.query, variables: JSON.stringify(example.variables, null, 2) };
  });

  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs,
      // The editors of the first tab start from these (GraphiQL 3 takes only the query from the tab).
      query: tabs[0].query,
      variables: tabs[0].variables,
      defaultEditorToolsVisibility: 'variables',
      shouldPersistHeaders: false,
    }),
  );
})();
