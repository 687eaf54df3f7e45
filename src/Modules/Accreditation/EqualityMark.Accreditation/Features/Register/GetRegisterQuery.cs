using EqualityMark.Shared.Messaging;

namespace EqualityMark.Accreditation.Features.Register;

/// <summary>Schools holding valid awards they chose to show, by phase and badge, 25 schools a page. Anyone may ask.</summary>
internal sealed record GetRegisterQuery(string? Phase, string? Badge, int Page) : IQuery<RegisterDto>
{
    public const int PageSize = 25;
}
