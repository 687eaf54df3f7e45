using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.PhaseBands;

internal sealed class UpdatePhaseBandValidator : AbstractValidator<UpdatePhaseBandCommand>
{
    public UpdatePhaseBandValidator() => PhaseBandFieldRules.NameAndPhases(this, c => c.Name, c => c.Phases);
}
