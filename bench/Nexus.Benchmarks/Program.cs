using BenchmarkDotNet.Running;
using Nexus.Benchmarks.Graph;

// `graph-compare`: Nexus.Graph side by side with python3-igraph and python3-networkx (see GraphComparison).
if (args.Length > 0 && args[0] == "graph-compare") return GraphComparison.Run(args[1..]);

if (args is ["pipeline-stages", ..]) return Nexus.Benchmarks.Pipeline.PipelineStages.Run(args);

if (args is ["store-writes", ..]) return Nexus.Benchmarks.Store.StoreWrites.Run(args);

if (args is ["claims-oracle", ..]) return Nexus.Benchmarks.Claims.ClaimsOracle.Run(args);
if (args is ["parse-dump", _]) return Nexus.Benchmarks.Claims.ParseDump.Run(args);

// Every benchmark class in this assembly; pick with --filter, e.g. --filter '*Tokenizer*'.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
