namespace EqualityMark.Subscriptions.Demo;

/// <summary>A demo school's paid subscription, bought through the real sign-up, approval and invoice path.</summary>
internal sealed record DemoSubscription(string TenantCode, string Urn, string PackageName, string CoordinatorName, string CoordinatorEmail);
