using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Changes the terms for subscriptions bought from now on; those already bought keep theirs.</summary>
public sealed record UpdateSubscriptionSettingsCommand(
    VatMode? VatMode, int VatRatePercent, int YearStartMonth, int YearStartDay, int PaymentTermsDays, int LapseGraceDays) : ICommand<SubscriptionSettingsDto>;
