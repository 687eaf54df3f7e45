using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.PhaseBands;

internal sealed class AddPhaseBandValidator : AbstractValidator<AddPhaseBandCommand>
{
    public AddPhaseBandValidator() => PhaseBandFieldRules.NameAndPhases(this, c => c.Name, c => c.Phases);
}
