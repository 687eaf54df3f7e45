namespace EqualityMark.Host.Errors;

/// <summary>Bare error statuses become problem details on the API and GOV.UK error pages elsewhere.</summary>
internal static class ApiStatusCodeProblems
{
    public static IApplicationBuilder UseEqualityMarkStatusCodePages(this IApplicationBuilder app)
    {
        app.UseWhen(IsApi, api => api.UseStatusCodePages(async context =>
        {
            var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext });
        }));
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
