using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Nexus.Web.Security;

/// <summary>
/// Turns every failure into a JSON problem (RFC 9457): bad JSON, oversized bodies, bad parameters,
/// and unexpected errors (without leaking the stack trace).
/// </summary>
public sealed class ErrorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var title = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request";
            await Problems.Write(context, e.StatusCode, title, e.InnerException is JsonException j ? "Malformed JSON: " + j.Message : e.Message);
        }
        catch (JsonException e) when (!context.Response.HasStarted)
        {
            await Problems.Write(context, StatusCodes.Status400BadRequest, "Bad request", "Malformed JSON: " + e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            await Problems.Write(context, StatusCodes.Status500InternalServerError, "Internal error", e.GetType().Name);
        }
    }
}
