// The header's menu on a small screen: a button folds the signed-in part of the header (who you are,
// the menu, signing out) away until it is pressed. Without this script the header simply stays open.
(function () {
  'use strict';
  function enhance() {
    var button = document.getElementById('menu-button');
    var menu = document.getElementById('portal-menu');
    if (!button || !menu) {
      return;
    }
    document.documentElement.classList.add('portal-js');
    button.hidden = false;
    function set(open) {
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      menu.classList.toggle('portal-header__menu--open', open);
    }
    button.addEventListener('click', function () {
      set(button.getAttribute('aria-expanded') !== 'true');
    });
    menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        set(false);
        button.focus();
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhance);
  } else {
    enhance();
  }
})();
