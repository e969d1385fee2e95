/*
 * qr.c - QR codes as SVG (libqrencode): the ticket's status page for the
 * printout and the phone, and the pages' addresses in the admin's device
 * panel.
 */
#include <qrencode.h>
#include <stdio.h>
#include <stdlib.h>

#include "web/web_int.h"

void web_reply_qr(web_req_t *r, const char *url)
{
    QRcode *qr = QRcode_encodeString(url, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!qr) {
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "the QR code could not be made");
        return;
    }
    int quiet = 4, size = qr->width + 2 * quiet;
    size_t cap = 512 + (size_t)qr->width * (size_t)qr->width * 24, len = 0;
    char *svg = malloc(cap);
    if (!svg) {
        QRcode_free(qr);
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
        return;
    }
    len += (size_t)snprintf(svg + len, cap - len,
                            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                            "shape-rendering=\"crispEdges\"><rect width=\"%d\" height=\"%d\" "
                            "fill=\"#fff\"/><path fill=\"#000\" d=\"",
                            size, size, size, size);
    for (int y = 0; y < qr->width; y++)
        for (int x = 0; x < qr->width; x++)
            if (qr->data[y * qr->width + x] & 1)
                len +=
                    (size_t)snprintf(svg + len, cap - len, "M%d %dh1v1h-1z", x + quiet, y + quiet);
    len += (size_t)snprintf(svg + len, cap - len, "\"/></svg>");
    QRcode_free(qr);
    web_reply_bytes(r, 200, "image/svg+xml", svg, len);
    free(svg);
}
