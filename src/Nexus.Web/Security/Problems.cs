using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Nexus.Web.Security;

/// <summary>Problem-details responses: one shape for every error the API returns.</summary>
public static class Problems
{
    public static IResult Result(int status, string title, string? detail = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title);

    public static IResult NotFound(string what) => Result(StatusCodes.Status404NotFound, "Not found", what);

    public static IResult BadRequest(string detail) => Result(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static Task Write(HttpContext context, int status, string title, string? detail)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
