using System.Xml;

namespace Nexus.Graph.Tests.Export;

/// <summary>Serves GraphML's absolute schemaLocation URLs from the local copies, so validation needs no network.</summary>
public sealed class LocalSchemaResolver(string folder, string urlPrefix) : XmlUrlResolver
{
    public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
    {
        if (relativeUri is not null && relativeUri.StartsWith(urlPrefix, StringComparison.Ordinal))
            return new Uri(Path.Combine(folder, relativeUri[urlPrefix.Length..]));
        return base.ResolveUri(baseUri, relativeUri);
    }

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        if (!absoluteUri.IsFile) throw new XmlException($"refusing to fetch {absoluteUri}: schemas must be local");
        return base.GetEntity(absoluteUri, role, ofObjectToReturn);
    }
}
