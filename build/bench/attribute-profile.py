#!/usr/bin/env python3
"""Reads `perf script` output of the service (stdin) and prints the share of samples of each part
of the request pipeline: each sample goes to the innermost part named on its stack (the patterns
below, tried frame by frame from the leaf outward). Used by build/bench/profile.sh; the table in
docs/performance.md ("Cost budget") is its output."""
import sys, re, collections

# (component, pattern) — the first pattern that matches a frame, scanning from the leaf outward, wins.
COMPONENTS = [
    ("SQLite (native)", r"libe_sqlite3|sqlite3_"),
    ("Microsoft.Data.Sqlite", r"Microsoft\.Data\.Sqlite|SQLitePCL"),
    ("Dapper", r"^Dapper\.|\[Dapper\]|Dapper\.SqlMapper"),
    ("read store (mapping rows, instants)", r"CertStatus\.Infrastructure\.Persistence\.Reading"),
    ("EF Core", r"Microsoft\.EntityFrameworkCore"),
    ("JSON serialisation", r"System\.Text\.Json|CertStatus\.Api\.Json"),
    ("handler + Mapperly mapping", r"QueryHandler|CommandHandler|CertificationMapper|RenewalMapper"),
    ("validation behaviour (FluentValidation)", r"ValidationBehavior|FluentValidation"),
    ("metrics behaviour", r"MetricsBehavior"),
    ("logging behaviour", r"LoggingBehavior"),
    ("mediator", r"^Mediator\.|\[Mediator\]|CertStatus\.Api\.Mediator|Mediator::"),
    ("query-parameter filter", r"RejectUnknownQueryParametersFilter"),
    ("MVC (binding, filters, invoker, results)", r"Microsoft\.AspNetCore\.Mvc|CertStatus\.Api\.Controllers|CertStatus\.Api\.Http"),
    ("endpoint routing", r"Microsoft\.AspNetCore\.Routing"),
    ("route pattern for the log", r"UseCertStatusRouting"),
    ("request time-outs", r"RequestTimeouts"),
    ("rate limiter", r"RateLimiting"),
    ("OpenAPI branch test", r"UseWhenExtensions|UseCertStatusOpenApi|NSwag"),
    ("status code pages", r"StatusCodePages"),
    ("exception handler", r"ExceptionHandler"),
    ("CORS", r"Microsoft\.AspNetCore\.Cors"),
    ("nosniff header", r"BrowserSecuritySetup"),
    ("request log (Serilog middleware)", r"Serilog\.AspNetCore|RequestLoggingMiddleware"),
    ("logging sinks (Serilog, background)", r"Serilog"),
    ("ASP.NET Core hosting, DI scope", r"Microsoft\.AspNetCore\.Hosting|Microsoft\.Extensions\.DependencyInjection|ServiceProvider"),
    ("Kestrel (HTTP/1.1, sockets)", r"Microsoft\.AspNetCore\.Server\.Kestrel|System\.Net\.Sockets|System\.IO\.Pipelines"),
]
compiled = [(name, re.compile(p)) for name, p in COMPONENTS]

def classify(frames, comm):
    for frame in frames:
        for name, rx in compiled:
            if rx.search(frame):
                return name
    if comm.startswith(".NET BGC") or comm.startswith(".NET Server GC") or "gc" in comm.lower():
        return "GC threads"
    if "Tiered" in comm or any("TieredCompilation" in f for f in frames):
        return "JIT (tiered compilation)"
    if any(re.search(r"libcoreclr|libclrjit", f) for f in frames):
        return "runtime (GC, JIT, thread pool) without a managed frame"
    if any("[kernel" in f for f in frames):
        return "kernel, no managed frame"
    return "other"

counts = collections.Counter()
total = 0
comm = ""
frames = []
def flush():
    global total, frames
    if frames or comm:
        counts[classify(frames, comm)] += 1
        total += 1
    frames = []

for line in sys.stdin:
    line = line.rstrip("\n")
    if not line.strip():
        flush(); comm = ""; continue
    if not line.startswith((" ", "\t")):
        comm = line.split()[0] if line.split() else ""
        continue
    parts = line.strip().split(None, 1)
    frames.append(parts[1] if len(parts) > 1 else parts[0])
flush()
for name, n in counts.most_common():
    print(f"{n / total * 100:6.1f} %  {name}")
print(f"{total} samples")
