using BenchmarkDotNet.Running;

// dotnet run -c Release --project build/bench/CertStatus.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
