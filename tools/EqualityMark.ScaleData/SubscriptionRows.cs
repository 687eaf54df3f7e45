namespace EqualityMark.ScaleData;

/// <summary>This year's subscription for subscribed schools (renewing last year's where there was one), each with its paid or open invoice.</summary>
public sealed class SubscriptionRows(Guid tenant, AuthorityPlan authority, ProgrammeFacts facts, ScaleOptions options, Random random)
{
    private readonly BinaryCopy _subscriptions = new("subscriptions.subscriptions", "id", "tenant_id", "school_id", "school_name", "school_urn",
        "contact_name", "contact_email", "package_id", "package_name", "phase_band_name", "price_pence", "vat_pence", "period_start", "period_end",
        "status", "payment_method", "renews_subscription_id", "created_at", "school_address_line1", "school_postcode", "school_town", "school_type",
        "vat_rate_percent", "vat_treatment", "phase_band_id");

    private readonly BinaryCopy _invoices = new("subscriptions.invoices", "id", "tenant_id", "number", "subscription_id", "school_id", "school_name",
        "issued_on", "due_on", "status", "paid_at", "vat_pence", "paid_by", "customer_address_line1", "customer_postcode", "customer_town",
        "supplier_name", "tax_point_on");

    private readonly BinaryCopy _lines = new("subscriptions.invoice_lines", "id", "tenant_id", "invoice_id", "position", "description", "amount_pence",
        "quantity", "unit_price_pence", "vat_rate_percent", "vat_treatment");

    private int _number;

    public IEnumerable<BinaryCopy> For(IReadOnlyList<GeneratedSchool> schools)
    {
        foreach (var school in schools.Where(s => s.Subscribed))
        {
            var (package, packageName) = facts.Packages[random.Next(facts.Packages.Count)];
            if (facts.PriceFor(package, school.Phase) is not { } price)
            {
                continue;
            }

            var previous = school.SubscribedLastYear ? Add(school, package, packageName, price, options.AcademicYear - 1, "Renewed", null, paid: true) : (Guid?)null;
            Add(school, package, packageName, price, options.AcademicYear, "Active", previous, paid: random.NextDouble() < 0.8);
        }

        return [_subscriptions, _invoices, _lines];
    }

    private Guid Add(GeneratedSchool school, Guid package, string packageName, (Guid Band, string BandName, long Price) price, int year, string status, Guid? renews, bool paid)
    {
        var standard = school.Type != "LocalAuthorityMaintained";
        var (rate, treatment) = standard ? (20, "StandardRate") : (0, "OutsideScope");
        var vat = price.Price * rate / 100;
        var start = new DateOnly(year, 9, 1);
        var issued = start.AddDays(random.Next(0, 40));
        var created = new DateTimeOffset(issued.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var id = Ids.From(random);
        _subscriptions.Add(id, tenant, school.Id, school.Name, school.Urn, school.CoordinatorName, school.CoordinatorEmail, package, packageName,
            price.BandName, price.Price, vat, start, start.AddYears(1).AddDays(-1), status, "Invoice", renews, created, school.Address,
            school.Postcode, school.Town, school.Type, rate, treatment, price.Band);
        var invoice = Ids.From(random);
        _invoices.Add(invoice, tenant, ++_number, id, school.Id, school.Name, issued, issued.AddDays(30), paid ? "Paid" : "Open",
            paid ? created.AddDays(random.Next(1, 30)) : null, vat, paid ? "Invoice" : null, school.Address, school.Postcode, school.Town,
            authority.Name, issued);
        _lines.Add(Ids.From(random), tenant, invoice, 1, $"{packageName} package, {price.BandName}, {start:d MMMM yyyy} to {start.AddYears(1).AddDays(-1):d MMMM yyyy}",
            price.Price, 1, price.Price, rate, treatment);
        return id;
    }
}
