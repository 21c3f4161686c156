namespace Nexus.Extraction.Relations;

/// <summary>The country a demonym names ("Canadian" → the knowledge-base id and name of Canada), or null.</summary>
public delegate (string Id, string Name)? CountryOfDemonym(string word);
