/* samverkan: a filter for the reference archive's index.
   Progressive enhancement: without JavaScript the form stays hidden and the
   full list and the grouped lists work as they are. With it, the text field
   and the facet menus narrow the list, and the number of references shown is
   announced through a polite live region. No library, no request. */
(function () {
  "use strict";
  var form = document.querySelector("[data-samverkan-filter]");
  var list = document.getElementById("samverkan-references");
  if (!form || !list) {
    return;
  }
  var items = Array.prototype.slice.call(list.children);
  var status = form.querySelector("[data-filter-status]");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-facet]"));
  var text = form.querySelector("input[type=search]");
  var timer = null;

  function fold(value) {
    return value.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function matches(item) {
    var query = fold(text.value);
    if (query && item.getAttribute("data-text").indexOf(query) === -1) {
      return false;
    }
    return selects.every(function (select) {
      var wanted = select.value;
      var values = " " + (item.getAttribute("data-" + select.getAttribute("data-facet")) || "") + " ";
      return !wanted || values.indexOf(" " + wanted + " ") !== -1;
    });
  }

  function announce(count) {
    var words = count === 1 ? form.getAttribute("data-shown-one")
      : form.getAttribute("data-shown-other").replace("#", String(count));
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { status.textContent = words; }, 400);
  }

  function update() {
    var shown = 0;
    items.forEach(function (item) {
      var visible = matches(item);
      item.hidden = !visible;
      if (visible) {
        shown += 1;
      }
    });
    announce(shown);
  }

  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
})();
