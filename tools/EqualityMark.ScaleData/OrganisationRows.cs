namespace EqualityMark.ScaleData;

/// <summary>Schools and one co-ordinator each (signing in with the template's password).</summary>
public static class OrganisationRows
{
    public static IEnumerable<BinaryCopy> For(Guid tenant, IReadOnlyList<GeneratedSchool> schools, ProgrammeFacts facts, DateTimeOffset now)
    {
        var rows = new BinaryCopy("organisations.schools", "id", "tenant_id", "name", "urn", "phase", "address_line1", "town", "postcode", "created_at", "type");
        var users = new BinaryCopy("organisations.users", "id", "tenant_id", "full_name", "role", "school_id", "invited_at", "invitation_expires_at",
            "activated_at", "user_name", "normalized_user_name", "email", "normalized_email", "email_confirmed", "password_hash", "security_stamp",
            "concurrency_stamp", "phone_number_confirmed", "two_factor_enabled", "lockout_enabled", "access_failed_count");
        var joined = now.AddYears(-2);
        foreach (var s in schools)
        {
            rows.Add(s.Id, tenant, s.Name, s.Urn, s.Phase, s.Address, s.Town, s.Postcode, joined, s.Type);
            var email = s.CoordinatorEmail;
            users.Add(s.CoordinatorId, tenant, s.CoordinatorName, "SchoolCoordinator", s.Id, joined, joined.AddDays(7), joined.AddDays(1),
                email, email.ToUpperInvariant(), email, email.ToUpperInvariant(), true, facts.PasswordHash, s.CoordinatorId.ToString("N", System.Globalization.CultureInfo.InvariantCulture).ToUpperInvariant(),
                s.Id.ToString(), false, false, true, 0);
        }

        return [rows, users];
    }
}
