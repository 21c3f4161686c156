using Nexus.Cli;

return NexusApp.Run(args);
