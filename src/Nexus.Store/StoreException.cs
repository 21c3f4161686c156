namespace Nexus.Store;

/// <summary>The store cannot be opened or used: corrupt, locked, too new, or not a Nexus store.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
