using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;

namespace EqualityMark.Accreditation.Features.Register;

/// <summary>The co-ordinator's own school's valid awards and whether each is on the public register.</summary>
internal sealed record GetRegisterChoicesQuery : IQuery<IReadOnlyList<RegisterChoiceDto>>;

/// <summary>Shows or hides each given award on the public register; every award must be the co-ordinator's school's.</summary>
internal sealed record SaveRegisterChoicesCommand(IReadOnlyList<RegisterChoiceInput> Choices) : ICommand<IReadOnlyList<RegisterChoiceDto>>, IChangesPublicPages;
