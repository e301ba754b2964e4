// Accessibility fixes to HTML that the theme and the notebook renderer write at run time.
document$.subscribe(function () {
  // One landmark per purpose. The theme wraps each code block's copy button in a <nav>, and
  // repeats the table of contents inside the main navigation (shown on narrow screens), so
  // screen readers would list many unnamed or same-named navigation landmarks. Those become
  // plain groups of links (role="none").
  var copies = ".md-code__nav, .md-nav--primary .md-nav--secondary, .md-nav--primary .md-nav--secondary nav";
  document.querySelectorAll(copies).forEach(function (nav) {
    nav.setAttribute("role", "none");
    nav.removeAttribute("aria-label");
  });
  // A navigation section whose title is a link (a week, a lecture and its parts) is labelled
  // by the theme with the toggle beside that link, which holds only an icon: the section's
  // landmark has no name, and a week's lectures would be several unnamed landmarks. Each is
  // named by its link's text instead.
  document.querySelectorAll(".md-nav--primary nav.md-nav[aria-labelledby]").forEach(function (nav) {
    var label = document.getElementById(nav.getAttribute("aria-labelledby"));
    var link = label && !label.textContent.trim() && label.parentElement.querySelector("a.md-nav__link");
    if (link) {
      nav.removeAttribute("aria-labelledby");
      nav.setAttribute("aria-label", link.textContent.trim());
    }
  });
  // Notebook code and output scroll sideways: keyboard users must be able to reach them.
  document.querySelectorAll(".jupyter-wrapper pre").forEach(function (cell) {
    cell.setAttribute("tabindex", "0");
  });
  focusableWhenScrolling();
});

// A display formula or a table that is wider than the page scrolls sideways: only then is
// it a Tab stop (keyboard users can scroll it); a formula is named by its TeX
// (overrides/hooks/mathml.py).
function focusableWhenScrolling() {
  document.querySelectorAll(".md-typeset div.math, .md-typeset__scrollwrap").forEach(function (block) {
    if (block.scrollWidth > block.clientWidth) {
      block.setAttribute("tabindex", "0");
      block.setAttribute("role", "group");
      var math = block.querySelector("math");
      if (math) block.setAttribute("aria-label", math.getAttribute("alttext"));
    } else {
      block.removeAttribute("tabindex");
      block.removeAttribute("role");
      block.removeAttribute("aria-label");
    }
  });
}
// Layout may change after the first paint (fonts, images, a narrower window): check again.
window.addEventListener("load", focusableWhenScrolling);
window.addEventListener("resize", focusableWhenScrolling);
