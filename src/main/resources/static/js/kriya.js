// Sends the CSRF token with every htmx request; the page itself never needs inline script.
document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector("meta[name=_csrf_header]");
    var token = document.querySelector("meta[name=_csrf]");
    if (header && token) {
        event.detail.headers[header.content] = token.content;
    }
});

// A link marked data-auto-follow (the step to a payment gateway's page) is followed at once; without
// JavaScript the visitor taps it.
document.addEventListener("DOMContentLoaded", function () {
    var link = document.querySelector("a[data-auto-follow]");
    if (link) {
        window.location.assign(link.href);
    }
});

// Escape closes an open menu and gives the focus back to its button; without script the menu still opens and closes.
document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
        return;
    }
    var open = document.querySelector("details.site-menu[open]");
    if (open) {
        open.removeAttribute("open");
        open.querySelector("summary").focus();
    }
});
