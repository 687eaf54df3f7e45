using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;

namespace EqualityMark.Host.Layout;

/// <summary>The header's links for each role: people see only what they can use, and never a link its page would refuse.</summary>
public static class Navigation
{
    public static async Task<IReadOnlyList<NavigationItem>> ForAsync(ICurrentUser user, bool isPlatformHost, IPageAccess access)
    {
        var allowed = new List<NavigationItem>();
        foreach (var item in For(user, isPlatformHost))
        {
            if (await access.MayOpenAsync(item.Href))
            {
                allowed.Add(item);
            }
        }

        return allowed;
    }

    public static IReadOnlyList<NavigationItem> For(ICurrentUser user, bool isPlatformHost)
    {
        if (isPlatformHost)
        {
            return user.Role == Roles.PlatformOperator ? [new("Local authorities", "/platform")] : [];
        }

        return user.Role switch
        {
            Roles.AuthorityAdmin => [new("Home", "/"), new("Schools", "/schools"), new("Subscriptions", "/admin/subscriptions"), new("Audits", "/audit/schools"), new("Action plans", "/action-plan/schools"), new("Accreditation", "/accreditation/review"), new("Events", "/events"), new("People", "/people"), new("Jobs", "/admin/jobs"), new("Mail", "/admin/mail"), new("Setup", "/setup")],
            Roles.Advisor => [new("Home", "/"), new("Schools", "/schools"), new("Subscriptions", "/admin/subscriptions"), new("Audits", "/audit/schools"), new("Action plans", "/action-plan/schools"), new("Accreditation", "/accreditation/review"), new("Events", "/events"), new("Calendar", "/calendar")],
            Roles.SchoolCoordinator => [new("Home", "/"), new("Our school", "/schools"), new("Our package", "/our-package"), new("Audit", "/audit"), new("Action plan", "/action-plan"), new("Accreditation", "/accreditation"), new("Meetings", "/meetings"), new("Visits", "/visits"), new("Calendar", "/calendar"), new("People", "/people")],
            Roles.SchoolMember => [new("Home", "/"), new("Our school", "/schools"), new("Audit", "/audit"), new("Action plan", "/action-plan"), new("Accreditation", "/accreditation"), new("Meetings", "/meetings"), new("Calendar", "/calendar")],
            _ => [new("Programme", "/programme"), new("Sign up", "/sign-up")],
        };
    }
}
