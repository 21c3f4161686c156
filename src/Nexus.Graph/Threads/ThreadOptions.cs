namespace Nexus.Graph.Threads;

/// <summary>
/// How articles join a thread: score = (ActorWeight × shared actors + (1 − ActorWeight) × shared words)
/// / (1 + days apart / TimeScaleDays); two articles scoring at least <see cref="Threshold"/> are in one thread.
/// </summary>
public sealed record ThreadOptions(double ActorWeight = 0.6, double TimeScaleDays = 90, double Threshold = 0.1);
