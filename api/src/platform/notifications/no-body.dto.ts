/** The body of an action that takes none: the one ValidationPipe refuses any field (400 naming it). */
export class NoBodyDto {}
