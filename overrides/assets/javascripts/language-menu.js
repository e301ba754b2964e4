// The language menu already links this page in every language (mkdocs-static-i18n).
// 1. Keep the reader's place: carry the section being read (#id) over to the other
//    language, and keep Material's own language handler from replacing the link's target.
//    The section is the last heading scrolled past, measured at the click: the address
//    (navigation.tracking) can lag behind on a phone, where the table of contents is hidden.
// 2. Search the reader's language only: the theme finds the search index (and the
//    sitemap) under its `base`, which is set here to the language's root, where
//    overrides/hooks/search_per_language.py writes that language's index.
// 3. Material looks for a sitemap.xml next to each hreflang alternate, as if every
//    language were a separate site; those look-ups fail at once instead of requesting
//    pages that do not exist.
// 5. The search index (about 100 KiB) is requested only when the reader opens search, not
//    on every page view.
(function () {
  var element = document.getElementById("__config");
  var config = JSON.parse(element.textContent);
  config.base = document.currentScript.dataset.languageBase;
  // 4. Search forgives accents and spelling: the theme's worker, wrapped (workers/course-search.js).
  var worker = new URL(document.currentScript.dataset.searchWorker, location.href);
  worker.search = encodeURIComponent(new URL(config.search, location.href).href);
  config.search = worker.href;
  element.textContent = JSON.stringify(config);

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
    if (!link) return;
    event.stopPropagation();
    link.hash = currentSection();
  }, true);

  // The reading line lies a quarter of the screen below the header: a heading above it has
  // been scrolled past. (A line just under the header would be exact only until the page
  // moves by a few pixels, as it may after loading, when code blocks are laid out.)
  function currentSection() {
    if (window.scrollY === 0) return location.hash;
    var current = "";
    document.querySelectorAll(".md-content [id]:is(h1, h2, h3, h4, h5, h6)").forEach(function (heading) {
      var margin = parseFloat(getComputedStyle(heading).scrollMarginTop) || 0;
      var line = margin + (window.innerHeight - margin) / 4;
      if (heading.getBoundingClientRect().top <= line) current = "#" + heading.id;
    });
    return current;
  }

  var sitemap = new URL(config.base + "/sitemap.xml", location.href).href;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this._courseUrl = new URL(url, location.href).href;
    return open.apply(this, arguments);
  };
  var searchOpened = false, waitingForSearch = [];
  function openSearch() {
    if (searchOpened) return;
    searchOpened = true;
    waitingForSearch.forEach(function (call) { call(); });
  }
  document.addEventListener("focusin", function (event) {
    if (event.target.classList && event.target.classList.contains("md-search__input")) openSearch();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) openSearch();
  });
  XMLHttpRequest.prototype.send = function () {
    if (/\/search_index\.json$/.test(this._courseUrl) && !searchOpened) {
      var request = this, args = arguments;
      waitingForSearch.push(function () { send.apply(request, args); });
      return;
    }
    if (/\/sitemap\.xml$/.test(this._courseUrl) && this._courseUrl !== sitemap) {
      var request = this;
      setTimeout(function () { request.dispatchEvent(new Event("error")); });
      return;
    }
    return send.apply(this, arguments);
  };
})();
