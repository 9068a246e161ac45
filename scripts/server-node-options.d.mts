export declare const serverNodeOptions: string;
