// onrecord web app: the little script there is (no inline scripts anywhere; CSP forbids them).
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // a statement linked to from search or evidence: scroll it into view
  const hl = document.querySelector(".stmt.hl");
  if (hl) hl.scrollIntoView({ block: "center" });
  // claim checks take a few seconds: say so, and don't send twice
  const form = document.getElementById("claim-form");
  if (form) {
    form.addEventListener("submit", () => {
      const button = document.getElementById("check-button");
      const busy = document.getElementById("busy");
      if (button) button.disabled = true;
      if (busy) busy.hidden = false;
    });
  }
});
