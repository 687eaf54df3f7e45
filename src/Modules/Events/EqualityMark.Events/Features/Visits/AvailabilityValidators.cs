using EqualityMark.Shared.Time;
using FluentValidation;

namespace EqualityMark.Events.Features.Visits;

/// <summary>
/// A time that can be read back: on a real day from today to two years ahead, ending after it starts on the same day in
/// England. (Without a range, a start of 0001-01-01 was kept and listed as "1 January 0001".)
/// </summary>
internal sealed class AvailabilityTimesValidator : AbstractValidator<IAvailabilityTimes>
{
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(731);

    public AvailabilityTimesValidator(TimeProvider clock)
    {
        RuleFor(c => c.StartsAt).NotNull().WithMessage("Enter the date you are available")
            .Must(s => Readable(s) && UkTime.DateOf(s!.Value) >= UkTime.Today(clock)).When(c => c.StartsAt is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("The date must be today or in the future")
            .Must(s => s!.Value <= clock.GetUtcNow() + Horizon).When(c => c.StartsAt is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("The date must be within the next two years");
        RuleFor(c => c.EndsAt).NotNull().WithMessage("Enter when you are available until")
            .GreaterThan(c => c.StartsAt).When(c => c.StartsAt is not null, ApplyConditionTo.CurrentValidator).WithMessage("The end must be after the start")
            .Must((c, e) => UkTime.DateOf(e!.Value) == UkTime.DateOf(c.StartsAt!.Value))
            .When(c => Readable(c.StartsAt) && Readable(c.EndsAt), ApplyConditionTo.CurrentValidator)
            .WithMessage("Your availability must end on the day it starts");
    }

    /// <summary>Within years a day in England can be worked out for (the edges of DateTimeOffset cannot be moved to London time).</summary>
    internal static bool Readable(DateTimeOffset? moment) => moment is { Year: > 1900 and < 2200 };
}

internal sealed class PublishAvailabilityValidator : AbstractValidator<PublishAvailabilityCommand>
{
    public PublishAvailabilityValidator(TimeProvider clock) => Include(new AvailabilityTimesValidator(clock));
}

internal sealed class UpdateAvailabilityValidator : AbstractValidator<UpdateAvailabilityCommand>
{
    public UpdateAvailabilityValidator(TimeProvider clock) => Include(new AvailabilityTimesValidator(clock));
}
