// The theme's search worker, with words compared the way readers type them
// (overrides/assets/javascripts/language-menu.js points the theme at this file, which sits
// next to the theme's worker so that the worker finds its language files).
// - Accents do not matter: "reseau" finds "réseau", "retropropagacao" finds "retropropagação".
// - British and American spellings find each other: "normalization", "normalisation".
// - Common words of the reader's language ("par", "de", "the") do not match on their own.
// Every token lunr makes, from the pages and from the query, goes through lunr.Token, so
// folding there changes the index and the query the same way; the theme's index, ranking
// and language stemmers are unchanged.
// The theme's worker (lunr and its language files, about 12 KiB) is loaded with the first
// message, which the theme sends once the reader opens search and the index has arrived
// (language-menu.js), not with every page.
var loaded = false;
self.addEventListener("message", function (event) {
  if (loaded) return;
  loaded = true;
  importScripts(decodeURIComponent(location.search.slice(1)));
  wrap();
  // Listeners added while a message is dispatched do not receive it: the theme's worker gets
  // this first message again.
  event.stopImmediatePropagation();
  self.dispatchEvent(new MessageEvent("message", {data: event.data}));
});

function wrap() {
  var lunr = self.lunr;
  var Token = lunr.Token;
  var SPELLING = /(i|y)(s|z)(e|es|ed|ing|er|ers|ation|ations)$/;

  function fold(text) {
    var parts = /^(.*?)(\**)$/.exec(String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
    return parts[1].replace(SPELLING, function (_, vowel, _s, ending) { return vowel + "s" + ending; }) + parts[2];
  }

  lunr.Token = function (text, metadata) {
    Token.call(this, fold(text), metadata);
  };
  lunr.Token.prototype = Token.prototype;

  // Stop words are dropped from queries (the theme keeps them, so "par" matched "partie").
  var language = "en";
  self.addEventListener("message", function (event) {
    if (event.data && event.data.type === 0) language = event.data.data.config.lang[0];
  });
  // Query terms are folded too, also those matched as prefixes, which skip the pipeline.
  var clause = lunr.Query.prototype.clause;
  lunr.Query.prototype.clause = function (options) {
    var filter = (language === "en" ? lunr : lunr[language] || lunr).stopWordFilter;
    var word = String(options.term || "");  // a prefix query ends with "*"
    if (filter && word.length && !filter(new Token(word.replace(/\*+$/, "")))) return this;
    options.term = fold(word);
    return clause.call(this, options);
  };
}
