#include "html_assets.hpp"

namespace claimcheck::html {

// Colours are chosen for a contrast of at least 4.5:1 in both schemes (axe-core's colour-contrast
// rule). Status is also told by the border style, for colour-blind readers and black-and-white print.
std::string_view stylesheet() {
    return R"css(
:root{color-scheme:light dark;--bg:#fff;--fg:#1a1a1a;--muted:#4d4d4d;--border:#b8b8b8;--panel:#f4f4f4;
--link:#0645ad;--focus:#1f4fd6;--conflict-bg:#ffd9d6;--conflict:#a8201a;--omission-bg:#ffe8b3;
--omission:#7a4d00;--agreement-bg:#d5f0da;--agreement:#1b6434;--on-strong:#fff}
@media (prefers-color-scheme:dark){:root{--bg:#15171b;--fg:#e9e9e9;--muted:#bdbdbd;--border:#4a4d55;
--panel:#1f2228;--link:#9cc2ff;--focus:#9cc2ff;--conflict-bg:#5b1f1c;--conflict:#ffb3ab;
--omission-bg:#4d3a0c;--omission:#ffd27a;--agreement-bg:#1b4128;--agreement:#96dca8;--on-strong:#15171b}}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{background:var(--bg);color:var(--fg)}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
h1{font-size:1.5rem;margin:0 0 .5rem}
h2{font-size:1.2rem;margin:1rem 0 .5rem}
h3{font-size:1rem;margin:0}
.page-header,.page-footer{padding:1rem 1.5rem;background:var(--panel);border-bottom:1px solid var(--border)}
.page-footer{border-top:1px solid var(--border);border-bottom:0;color:var(--muted);font-size:.9rem}
main{padding:0 1.5rem 1.5rem}
table{border-collapse:collapse}
th,td{text-align:left;vertical-align:top;padding:.2rem .6rem .2rem 0}
.sources td,.sources th{border-bottom:1px solid var(--border)}
.muted{color:var(--muted)}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;margin:.75rem 0;padding:0;list-style:none}
.filter{font:inherit;color:var(--fg);background:var(--bg);border:2px solid var(--border);border-radius:.4rem;
padding:.25rem .75rem;cursor:pointer}
.filter[aria-pressed="true"]{border-color:var(--focus);box-shadow:inset 0 0 0 1px var(--focus)}
.filter .count{font-weight:700;margin-left:.35rem}
.text-filter{display:flex;gap:.5rem;align-items:center;margin:.5rem 0}
.text-filter input{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--muted);border-radius:.3rem;
padding:.2rem .5rem;min-width:16rem}
.badge{display:inline-block;font-size:.8rem;font-weight:700;padding:0 .45rem;border-radius:.3rem;color:var(--on-strong)}
.badge.st-conflict{background:var(--conflict)}
.badge.st-omission{background:var(--omission)}
.badge.st-agreement{background:var(--agreement)}
.findings{list-style:none;margin:0;padding:0}
.finding{border:1px solid var(--border);border-left-width:6px;border-radius:.4rem;padding:.6rem .8rem;margin:0 0 .6rem;background:var(--bg)}
.finding.st-conflict{border-left-color:var(--conflict)}
.finding.st-omission{border-left-color:var(--omission);border-left-style:dashed}
.finding.st-agreement{border-left-color:var(--agreement);border-left-style:dotted}
.finding.selected{box-shadow:0 0 0 3px var(--focus)}
.finding-head{display:flex;gap:.5rem;align-items:baseline;flex-wrap:wrap}
.rule{margin:.25rem 0;color:var(--muted);font-size:.9rem}
.values{margin:.3rem 0;font-size:.95rem}
.values th{font-weight:600;overflow-wrap:anywhere;max-width:12rem}
.interval,.where{color:var(--muted);font-size:.9rem}
.not-stated,.denies,.figure-only{font-style:italic;font-weight:600}
.gap{margin:.25rem 0;font-weight:600}
.notes{margin:.25rem 0;padding-left:1.2rem;color:var(--muted)}
.select{font:inherit;font-size:.9rem;color:var(--fg);background:var(--panel);border:1px solid var(--muted);border-radius:.3rem;padding:.1rem .6rem;cursor:pointer;margin-top:.3rem}
.columns{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(20rem,1fr);gap:1rem;overflow-x:auto;padding-bottom:.5rem}
.source{border:1px solid var(--border);border-radius:.4rem;background:var(--bg);min-width:0}
.source-head{padding:.5rem .75rem;background:var(--panel);border-bottom:1px solid var(--border)}
.source-head p{margin:0;font-size:.9rem;color:var(--muted);overflow-wrap:anywhere}
.text{position:relative;margin:0;padding:.75rem;max-height:75vh;overflow:auto;white-space:pre-wrap;overflow-wrap:anywhere;
font:inherit;line-height:1.6}
mark.claim{color:var(--fg);border-radius:.15rem;border-bottom:2px solid;padding:0 .05rem;position:relative}
mark.st-conflict{background:var(--conflict-bg);border-bottom-color:var(--conflict)}
mark.st-omission{background:var(--omission-bg);border-bottom-color:var(--omission);border-bottom-style:dashed}
mark.st-agreement{background:var(--agreement-bg);border-bottom-color:var(--agreement);border-bottom-style:dotted}
mark.denial{text-decoration:underline wavy}
mark.selected{outline:3px solid var(--focus);outline-offset:1px}
mark.claim:focus-visible::after{content:attr(title);position:absolute;left:0;top:100%;z-index:2;margin-top:.3rem;
padding:.3rem .5rem;min-width:14rem;white-space:pre-line;font-size:.85rem;background:var(--panel);color:var(--fg);
border:1px solid var(--border);border-radius:.3rem}
.extras li{margin:.2rem 0}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (min-width:90rem){
.layout{display:grid;grid-template-columns:minmax(26rem,2fr) 3fr;gap:1.5rem;align-items:start}
.findings-pane{position:sticky;top:0;max-height:100vh;overflow:auto;padding-right:.5rem}
.text{max-height:calc(100vh - 9rem)}}
@media print{
:root{--bg:#fff;--fg:#000;--muted:#333;--panel:#fff;--link:#000}
.text-filter,.select,.filter-status{display:none!important}
.finding[hidden]{display:block!important}
.layout,.columns{display:block}
.findings-pane{position:static;max-height:none;overflow:visible}
.finding,.source{break-inside:avoid-page}
.source{margin:0 0 1rem;break-inside:auto}
.text{max-height:none;overflow:visible}
mark.claim{print-color-adjust:exact;-webkit-print-color-adjust:exact}
a{text-decoration:none}}
)css";
}

// Reads everything it needs from the document (classes, data-* attributes): no data is embedded for
// it, and it never turns text into markup (textContent only).
std::string_view script() {
    return R"js(
(function () {
  'use strict';
  var doc = document;
  var findings = Array.prototype.slice.call(doc.querySelectorAll('li.finding'));
  var buttons = Array.prototype.slice.call(doc.querySelectorAll('button.filter'));
  var input = doc.getElementById('text-filter');
  var statusLine = doc.getElementById('filter-status');
  var searchText = new Map();
  var marksByClaim = new Map();
  var current = 'all';

  findings.forEach(function (f) { searchText.set(f, f.textContent.toLowerCase()); });
  Array.prototype.forEach.call(doc.querySelectorAll('mark.claim'), function (mark) {
    mark.getAttribute('data-claims').split(' ').forEach(function (id) {
      if (!marksByClaim.has(id)) marksByClaim.set(id, []);
      marksByClaim.get(id).push(mark);
    });
  });

  function applyFilters() {
    var query = input.value.trim().toLowerCase();
    var shown = 0;
    findings.forEach(function (f) {
      var visible = (current === 'all' || f.getAttribute('data-status') === current) &&
                    (query === '' || searchText.get(f).indexOf(query) !== -1);
      f.hidden = !visible;
      if (visible) shown += 1;
    });
    buttons.forEach(function (b) {
      b.setAttribute('aria-pressed', b.getAttribute('data-filter') === current ? 'true' : 'false');
    });
    statusLine.textContent = 'Showing ' + shown + ' of ' + findings.length + ' findings';
  }

  function scrollIntoBox(mark) {
    var box = mark.closest('.text');
    if (!box) return;
    var top = mark.offsetTop - box.clientHeight / 3;
    box.scrollTop = Math.max(0, top);
  }

  function clearSelection() {
    Array.prototype.forEach.call(doc.querySelectorAll('.selected'), function (el) {
      el.classList.remove('selected');
      el.removeAttribute('aria-current');
    });
  }

  // Marks a finding and its highlights, and scrolls every article to its first highlight.
  function selectFinding(finding, focusMark) {
    clearSelection();
    finding.classList.add('selected');
    finding.setAttribute('aria-current', 'true');
    var scrolled = new Set();
    var first = null;
    finding.getAttribute('data-claims').split(' ').forEach(function (id) {
      (marksByClaim.get(id) || []).forEach(function (mark) {
        mark.classList.add('selected');
        var box = mark.closest('.text');
        if (box && !scrolled.has(box)) { scrolled.add(box); scrollIntoBox(mark); }
        if (!first) first = mark;
      });
    });
    var target = focusMark || first;
    if (!target) return;
    var rect = target.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) {
      target.closest('.source').scrollIntoView({block: 'start'});
      scrollIntoBox(target);
    }
    if (focusMark) focusMark.focus({preventScroll: true});
  }

  buttons.forEach(function (b) {
    b.addEventListener('click', function () {
      current = b.getAttribute('data-filter');
      applyFilters();
    });
  });
  input.addEventListener('input', applyFilters);

  doc.addEventListener('click', function (event) {
    var el = event.target;
    if (!(el instanceof Element)) return;
    var selectButton = el.closest('button.select');
    if (selectButton) {
      selectFinding(selectButton.closest('li.finding'), null);
      return;
    }
    var evidence = el.closest('a.evidence');
    if (evidence) {
      var mark = doc.getElementById(evidence.getAttribute('href').slice(1));
      if (!mark) return;
      event.preventDefault();
      var markElement = mark.tagName === 'MARK' ? mark : mark.nextElementSibling;
      selectFinding(evidence.closest('li.finding'), markElement);
      return;
    }
    var highlight = el.closest('mark.claim');
    if (highlight) selectFromMark(highlight);
  });

  // A highlight selects its (first) finding and brings that finding into view in the list.
  function selectFromMark(mark) {
    var finding = doc.getElementById(mark.getAttribute('data-findings').split(' ')[0]);
    if (!finding) return;
    selectFinding(finding, mark);
    if (!finding.hidden) finding.scrollIntoView({block: 'nearest'});
  }
  doc.addEventListener('keydown', function (event) {
    var el = event.target;
    if ((event.key === 'Enter' || event.key === ' ') && el instanceof Element && el.matches('mark.claim')) {
      event.preventDefault();
      selectFromMark(el);
    }
  });

  doc.getElementById('text-filter-box').hidden = false;
  statusLine.hidden = false;
  applyFilters();
})();
)js";
}

}  // namespace claimcheck::html
