// One WebGL node program for every shape (disc, square, diamond, triangle, hexagon, ring), so labels can be told
// apart by shape as well as colour at the cost of a single draw call, like sigma's own circle program. Each node is
// one instanced quad (a four-vertex strip); the fragment shader keeps the pixels inside the node's shape. The view dims every node that is
// not in focus with one uniform, so a selection or a hover only rewrites the nodes it touches.
import { NodeProgram, type NodeProgramType } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { NODE_SHAPES, type NodeShape } from './node-style';

/** What the program reads beyond sigma's node display data: set by the view's node reducer. */
export interface ShapedNodeData extends NodeDisplayData {
  shape?: NodeShape;
  /** In focus (the hovered or selected node and its neighbours): never dimmed. */
  inFocus?: boolean;
}

/** What the program asks of the view at each frame. */
export interface NodeDimming {
  /** True while a node is in focus: every node not flagged `inFocus` is drawn in `color`. */
  active(): boolean;
  color(): string;
}

/** Signed distance (negative inside) from the point p to the shape of radius r, in GLSL, indexed as NODE_SHAPES. */
const SHAPE_DISTANCE: Record<NodeShape, string> = {
  circle: 'length(p) - r',
  square: 'max(abs(p.x), abs(p.y)) - r * 0.82',
  diamond: '(abs(p.x) + abs(p.y)) * 0.7071 - r * 0.72',
  triangle:
    'max(-(p.y + r * 0.3), max(dot(p + vec2(0.0, r * 0.3), vec2(0.866, 0.5)), dot(p + vec2(0.0, r * 0.3), vec2(-0.866, 0.5)))) - r * 0.6',
  hexagon: 'max(dot(abs(p), vec2(0.866, 0.5)), abs(p.y)) - r * 0.88',
  ring: 'max(length(p) - r, r * 0.45 - length(p))',
};

/** A node's shape index and focus flag travel in one float: shape + 8 when in focus. */
const FOCUS_FLAG = 8;

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute vec2 a_corner;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_dimming;
uniform vec4 u_dimColor;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

const float bias = 255.0 / 254.0;

void main() {
  float radius = a_size * u_correctionRatio / u_sizeRatio * 2.0;
  vec2 diffVector = radius * a_corner;
  gl_Position = vec4((u_matrix * vec3(a_position + diffVector, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = radius;
  float inFocus = step(${FOCUS_FLAG.toFixed(1)} - 0.5, a_shape);
  v_shape = a_shape - inFocus * ${FOCUS_FLAG.toFixed(1)};
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = mix(a_color, u_dimColor, u_dimming * (1.0 - inFocus));
  #endif
  v_color.a *= bias;
}
`;

function shapeBranches(): string {
  return NODE_SHAPES.map(
    (shape, index) => `${index === 0 ? '' : 'else '}if (v_shape < ${index}.5) dist = ${SHAPE_DISTANCE[shape]};`,
  ).join('\n  ');
}

const FRAGMENT_SHADER = /* glsl */ `
precision highp float;
varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;
uniform float u_correctionRatio;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  vec2 p = v_diffVector;
  float r = v_radius;
  float border = u_correctionRatio * 2.0;
  float dist = 0.0;
  ${shapeBranches()}
  #ifdef PICKING_MODE
  gl_FragColor = dist > 0.0 ? transparent : v_color;
  #else
  gl_FragColor = mix(v_color, transparent, clamp(dist / border + 0.5, 0.0, 1.0));
  #endif
}
`;

const UNIFORMS = ['u_sizeRatio', 'u_correctionRatio', 'u_matrix', 'u_dimming', 'u_dimColor'] as const;

const SHAPE_INDEX = new Map<NodeShape, number>(NODE_SHAPES.map((shape, index) => [shape, index]));

function rgba(color: string): [number, number, number, number] {
  const packed = floatColor(color);
  const view = new DataView(new Float32Array([packed]).buffer);
  // floatColor packs r, g, b, a as the little-endian bytes of a float.
  return [view.getUint8(0) / 255, view.getUint8(1) / 255, view.getUint8(2) / 255, view.getUint8(3) / 255];
}

export function createNodeShapesProgram(dimming: NodeDimming): NodeProgramType {
  let dimColor = '';
  let dimRgba: [number, number, number, number] = [0, 0, 0, 0];
  return class NodeShapesProgram extends NodeProgram<(typeof UNIFORMS)[number]> {
    getDefinition() {
      const { FLOAT, UNSIGNED_BYTE, TRIANGLE_STRIP } = WebGLRenderingContext;
      return {
        // Four corners as a strip: the fewest vertices for a square that holds every shape.
        VERTICES: 4,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
        METHOD: TRIANGLE_STRIP,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_position', size: 2, type: FLOAT },
          { name: 'a_size', size: 1, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_shape', size: 1, type: FLOAT },
        ],
        CONSTANT_ATTRIBUTES: [{ name: 'a_corner', size: 2, type: FLOAT }],
        CONSTANT_DATA: [
          [-1, -1],
          [1, -1],
          [-1, 1],
          [1, 1],
        ],
      };
    }

    processVisibleItem(nodeIndex: number, startIndex: number, data: ShapedNodeData): void {
      const array = this.array;
      const shape = (data.shape && SHAPE_INDEX.get(data.shape)) || 0;
      array[startIndex] = data.x;
      array[startIndex + 1] = data.y;
      array[startIndex + 2] = data.size;
      array[startIndex + 3] = floatColor(data.color);
      array[startIndex + 4] = nodeIndex;
      array[startIndex + 5] = shape + (data.inFocus ? FOCUS_FLAG : 0);
    }

    setUniforms(
      params: RenderParams,
      { gl, uniformLocations }: { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> },
    ): void {
      const { u_sizeRatio, u_correctionRatio, u_matrix, u_dimming, u_dimColor } = uniformLocations;
      gl.uniform1f(u_correctionRatio!, params.correctionRatio);
      gl.uniform1f(u_sizeRatio!, params.sizeRatio);
      gl.uniformMatrix3fv(u_matrix!, false, params.matrix);
      gl.uniform1f(u_dimming!, dimming.active() ? 1 : 0);
      const color = dimming.color();
      if (color !== dimColor) {
        dimColor = color;
        dimRgba = rgba(color);
      }
      gl.uniform4f(u_dimColor!, ...dimRgba);
    }
  };
}
