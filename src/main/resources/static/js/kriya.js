// Sends the CSRF token with every htmx request; the page itself never needs inline script.
document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector("meta[name=_csrf_header]");
    var token = document.querySelector("meta[name=_csrf]");
    if (header && token) {
        event.detail.headers[header.content] = token.content;
    }
});
