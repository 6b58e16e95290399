// The search page without JavaScript is complete; this script adds word suggestions to the search
// field (from /api/search/suggest, over what the signed-in person may open) and copy buttons for
// citations, whose text stays selectable in its read-only field either way.
(function () {
  'use strict';

  var DELAY_MS = 250;
  var MIN_CHARS = 2;

  function suggestions(input) {
    var list = document.getElementById(input.getAttribute('list'));
    var url = input.dataset.suggest;
    if (!list || !url) {
      return;
    }
    var timer = null;
    var pending = null;
    var lastPrefix = null;

    function fill(head, words) {
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      words.forEach(function (word) {
        var option = document.createElement('option');
        option.value = head + word;
        list.appendChild(option);
      });
    }

    function ask() {
      var value = input.value;
      // Suggestions complete the last word; the words before it are kept.
      var match = /^(.*?)(\S*)$/.exec(value);
      var head = match[1];
      var prefix = match[2];
      if (prefix.replace(/^[-+("]+/, '').length < MIN_CHARS) {
        lastPrefix = null;
        fill(head, []);
        return;
      }
      var cleanPrefix = prefix.replace(/^[-+("]+/, '');
      var lead = head + prefix.substring(0, prefix.length - cleanPrefix.length);
      if (cleanPrefix === lastPrefix) {
        return;
      }
      lastPrefix = cleanPrefix;
      if (pending && pending.abort) {
        pending.abort();
      }
      pending = typeof AbortController === 'function' ? new AbortController() : null;
      fetch(url + '?prefix=' + encodeURIComponent(cleanPrefix), {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
        signal: pending ? pending.signal : undefined
      }).then(function (response) {
        return response.ok ? response.json() : [];
      }).then(function (words) {
        if (Array.isArray(words) && input.value === value) {
          fill(lead, words.filter(function (w) { return typeof w === 'string'; }));
        }
      }).catch(function () {
        // No suggestions: searching works as before.
      });
    }

    input.addEventListener('input', function () {
      if (timer) {
        window.clearTimeout(timer);
      }
      timer = window.setTimeout(ask, DELAY_MS);
    });
  }

  function copyButton(button) {
    var field = document.getElementById(button.dataset.copy);
    var status = button.parentNode.querySelector('.portal-copy-status');
    if (!field) {
      return;
    }
    function tell(text) {
      if (status) {
        status.textContent = '';
        window.setTimeout(function () { status.textContent = text; }, 50);
      }
    }
    function byHand() {
      field.focus();
      field.select();
      var done = false;
      try {
        done = document.execCommand('copy');
      } catch (ignored) {
        done = false;
      }
      tell(done ? button.dataset.copied : button.dataset.copyFailed);
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(function () {
          tell(button.dataset.copied);
        }, byHand);
      } else {
        byHand();
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('input[list][data-suggest]'), suggestions);
  Array.prototype.forEach.call(document.querySelectorAll('button[data-copy]'), copyButton);
}());
