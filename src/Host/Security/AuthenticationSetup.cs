using EqualityMark.Host.Security.Sessions;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EqualityMark.Host.Security;

/// <summary>
/// Two cookies: one per tenant host for the authority's users (Identity), one for platform operators on
/// the platform host. A cookie is honoured only on the kind of host, and for the tenant, that issued it.
/// </summary>
internal static class AuthenticationSetup
{
    private const string ByHost = "ByHost";

    public static IServiceCollection AddEqualityMarkAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var secure = TransportSecurity.ServedOverHttps(configuration);
        services.AddAuthentication(ByHost)
            .AddPolicyScheme(ByHost, "Tenant or platform cookie", options => options.ForwardDefaultSelector = context =>
                context.RequestServices.GetRequiredService<ITenantContext>().HasTenant ? AuthenticationSchemes.Tenant : AuthenticationSchemes.Platform)
            .AddCookie(AuthenticationSchemes.Platform, options =>
            {
                ConfigureCookie(options, CookieName("EqualityMark.Platform", secure), "/platform/sign-in", secure);
                options.Events.OnValidatePrincipal = context =>
                {
                    if (context.HttpContext.RequestServices.GetRequiredService<ITenantContext>().HasTenant)
                    {
                        context.RejectPrincipal();
                    }

                    return Task.CompletedTask;
                };
                options.Events.EndWithServerSession();
            })
            .AddIdentityCookies();
        services.AddScoped<SignInSessionStore>();
        services.AddScoped<ISignInSessions>(provider => provider.GetRequiredService<SignInSessionStore>());

        // How soon a changed security stamp (deactivation, a new role) ends a session; tests use 0 (every request).
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IConfiguration>((options, configuration) =>
            options.ValidationInterval = TimeSpan.FromSeconds(configuration.GetValue("Security:SessionRecheckSeconds", 60)));
        services.ConfigureApplicationCookie(options =>
        {
            ConfigureCookie(options, CookieName("EqualityMark.Session", secure), "/account/sign-in", secure);
            var validateSecurityStamp = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                var tenant = context.HttpContext.RequestServices.GetRequiredService<ITenantContext>();
                if (context.Principal?.FindFirst(ClaimNames.TenantId)?.Value != tenant.TenantId?.ToString())
                {
                    context.RejectPrincipal();
                    return;
                }

                if (SecurityStampCheckDue(context))
                {
                    await validateSecurityStamp(context);
                }
            };
            options.Events.EndWithServerSession();
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.PlatformOperator, p => p.AddAuthenticationSchemes(AuthenticationSchemes.Platform).RequireRole(Roles.PlatformOperator))
            .AddPolicy(Policies.SignedIn, p => p.RequireRole(Roles.TenantRoles))
            .AddPolicy(Policies.AuthorityStaff, p => p.RequireRole(Roles.AuthorityAdmin, Roles.Advisor))
            .AddPolicy(Policies.AuthorityAdmin, p => p.RequireRole(Roles.AuthorityAdmin))
            .AddPolicy(Policies.CanInvite, p => p.RequireRole(Roles.AuthorityAdmin, Roles.SchoolCoordinator));
        return services;
    }

    /// <summary>
    /// Identity's own test (the cookie issued longer ago than the interval), made before Identity's validator is resolved:
    /// resolving it builds the sign-in and user managers and a DbContext, which every request paid for although the
    /// stamp is read only once the interval has passed.
    /// </summary>
    private static bool SecurityStampCheckDue(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<SecurityStampValidatorOptions>>().CurrentValue;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is not { } issued || now - issued > options.ValidationInterval;
    }

    /// <summary>Under HTTPS the __Host- prefix makes browsers refuse the cookie from a sibling subdomain or over plain HTTP.</summary>
    public static string CookieName(string name, bool secure) => secure ? "__Host-" + name : name;

    private static void ConfigureCookie(CookieAuthenticationOptions options, string name, string signInPath, bool secure)
    {
        options.Cookie.Name = name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.Path = "/";
        options.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        options.LoginPath = signInPath;
        options.AccessDeniedPath = "/error/403";
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
    }

    /// <summary>API callers get a status code (turned into problem details); browsers get redirected.</summary>
    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
