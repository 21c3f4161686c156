using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Nexus.Web.Security;

/// <summary>
/// Guards every write (ingest, review, merges): the request must carry "Authorization: Bearer TOKEN"
/// matching NEXUS_TOKEN. With no token configured, writes are refused outright rather than left open.
/// </summary>
public sealed class WriteTokenFilter(NexusWebOptions options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (string.IsNullOrEmpty(options.Token))
            return Problems.Result(StatusCodes.Status403Forbidden, "Writes disabled", "Start the server with NEXUS_TOKEN set to allow writes.");
        if (!HasToken(context.HttpContext.Request, options.Token))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Problems.Result(StatusCodes.Status401Unauthorized, "Token required", "Send Authorization: Bearer <NEXUS_TOKEN>.");
        }
        return await next(context);
    }

    public static bool HasToken(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return false;
        var given = Encoding.UTF8.GetBytes(header[prefix.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(token));
    }
}
