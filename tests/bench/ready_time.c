/* ready_time.c - time to ready of a server: starts COMMAND (with its
 * arguments), asks GET /healthz on 127.0.0.1:PORT every millisecond, and
 * prints the milliseconds from the start until the first 200 reply; then
 * stops the server with SIGTERM and waits for it.
 *   ready_time PORT COMMAND [ARGS...]
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* One GET /healthz; returns the HTTP status, or -1 when nothing listens. */
static int probe(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    int status = -1;
    if (connect(fd, (struct sockaddr *)&a, sizeof a) == 0) {
        static const char req[] = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                  "Connection: close\r\n\r\n";
        char buf[64] = "";
        if (write(fd, req, sizeof req - 1) == (ssize_t)(sizeof req - 1) &&
            read(fd, buf, sizeof buf - 1) > 12)
            status = atoi(buf + 9);
    }
    close(fd);
    return status;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: ready_time PORT COMMAND [ARGS...]\n");
        return 2;
    }
    int port = atoi(argv[1]);
    double t0 = now_ms();
    pid_t pid = fork();
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        _exit(127);
    }
    if (pid < 0) {
        perror("fork");
        return 1;
    }
    int rc = 1, st;
    while (now_ms() - t0 < 10000) {
        if (probe(port) == 200) {
            printf("ready_ms %.1f\n", now_ms() - t0);
            rc = 0;
            break;
        }
        if (waitpid(pid, &st, WNOHANG) == pid) {
            fprintf(stderr, "ready_time: the server exited before it was ready\n");
            return 1;
        }
        usleep(1000);
    }
    if (rc)
        fprintf(stderr, "ready_time: not ready after 10 s\n");
    kill(pid, SIGTERM);
    waitpid(pid, &st, 0);
    return rc;
}
