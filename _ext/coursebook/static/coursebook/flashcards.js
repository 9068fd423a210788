// Flashcards: each question is a <button aria-expanded> that shows or hides its
// answer (a native button, so Enter and Space work like a click). The page works
// without this script too: then every answer simply stays visible.
(function () {
  "use strict";

  function setOpen(button, answer, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    answer.hidden = !open;
    var hint = button.querySelector(".flashcard-hint");
    if (hint) hint.textContent = open ? "Hide answer" : "Show answer";
  }

  function init() {
    document.querySelectorAll(".flashcard-question").forEach(function (button) {
      var answer = document.getElementById(button.getAttribute("aria-controls"));
      if (!answer) return;
      setOpen(button, answer, false);
      button.addEventListener("click", function () {
        setOpen(button, answer, button.getAttribute("aria-expanded") !== "true");
      });
    });
    document.querySelectorAll(".flashcard-print").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
