using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Evidence.Contracts;

/// <summary>Removes a file and its content. The owning module decides who may.</summary>
public sealed record DeleteEvidenceFileCommand(Guid FileId) : ICommand<Unit>;
