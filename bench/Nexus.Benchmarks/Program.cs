using BenchmarkDotNet.Running;

if (args is ["claims-oracle", ..]) return Nexus.Benchmarks.Claims.ClaimsOracle.Run(args);

// Every benchmark class in this assembly; pick with --filter, e.g. --filter '*Tokenizer*'.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
