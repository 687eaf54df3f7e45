using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Domain;

namespace EqualityMark.Subscriptions.Features;

/// <summary>
/// The one place VAT is decided (ADR 0017): the authority's treatment for the school's type, at its standard rate,
/// as the terms stand when the price is fixed. VAT cannot be charged without the authority's VAT registration number.
/// </summary>
internal static class VatRules
{
    public static VatCharge ChargeFor(SubscriptionSettings settings, SchoolType type)
    {
        var charge = settings.VatFor(type);
        if (charge.Treatment == VatTreatment.StandardRate && settings.VatRegistrationNumber is null)
        {
            throw new ConflictException(
                $"VAT is charged to {SchoolTypeNames.Plural(type)}, but the authority's VAT registration number is not set. An administrator enters it in Subscription terms first.");
        }

        return charge;
    }
}
